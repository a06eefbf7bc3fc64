package org.tomatic.legacy.format;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What is at a path where the reader expects a file (or a folder), looked at <em>without opening it</em>:
 * opening a FIFO blocks until someone writes to it, and reading {@code /dev/zero} never ends. A symbolic link
 * is followed; it must lead to the kind expected.
 */
final class FileKinds {

    /** Nothing there, the kind expected, or something else ({@code problem} says what). */
    record Check(boolean present, String problem) {

        static final Check ABSENT = new Check(false, null);
        static final Check OK = new Check(true, null);

        boolean ok() {
            return present && problem == null;
        }

        boolean refused() {
            return problem != null;
        }
    }

    private FileKinds() {
    }

    /** A regular file that can be read. */
    static Check file(Path path) {
        return check(path, false);
    }

    /** A directory that can be listed. */
    static Check directory(Path path) {
        return check(path, true);
    }

    private static Check check(Path path, boolean directory) {
        String expected = directory ? "not a directory" : "not a regular file";
        BasicFileAttributes entry;
        try {
            entry = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        catch (NoSuchFileException e) {
            return Check.ABSENT;
        }
        catch (IOException | SecurityException e) {
            return new Check(true, "cannot be examined (" + reason(e) + ")");
        }
        BasicFileAttributes target = entry;
        String link = "";
        if (entry.isSymbolicLink()) {
            String to = linkTarget(path);
            try {
                target = Files.readAttributes(path, BasicFileAttributes.class);
            }
            catch (NoSuchFileException e) {
                return new Check(true, expected + " (a dangling symbolic link to " + to + ")");
            }
            catch (FileSystemException e) {
                return new Check(true, expected + (isLoop(e) ? " (a symbolic link loop)"
                        : " (a symbolic link to " + to + " that cannot be followed: " + reason(e) + ")"));
            }
            catch (IOException | SecurityException e) {
                return new Check(true, expected + " (a symbolic link to " + to + " that cannot be followed: "
                        + reason(e) + ")");
            }
            link = "a symbolic link to " + to + ", ";
        }
        boolean right = directory ? target.isDirectory() : target.isRegularFile();
        if (!right) {
            return new Check(true, expected + " (" + link + describe(path, target) + ")");
        }
        if (!(directory ? Files.isReadable(path) && Files.isExecutable(path) : Files.isReadable(path))) {
            return new Check(true, "cannot be read (permission denied)");
        }
        return Check.OK;
    }

    private static String describe(Path path, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a directory";
        }
        if (attributes.isRegularFile()) {
            return "a regular file";
        }
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        }
        catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException
                | ClassCastException e) {
            return "a special file";
        }
    }

    /** ELOOP: Linux says "Too many levels of symbolic links"; other systems word it differently. */
    private static boolean isLoop(FileSystemException e) {
        String reason = e.getReason() == null ? "" : e.getReason().toLowerCase();
        return reason.contains("symbolic link") || reason.contains("loop");
    }

    private static String linkTarget(Path path) {
        try {
            return Files.readSymbolicLink(path).toString();
        }
        catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "?";
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
