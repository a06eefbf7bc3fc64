package org.tomatic.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.tomatic.system.ValidationException;

/** Unpacks an uploaded data directory safely (no paths outside the target, bounded size) and packs one. */
final class ZipFiles {

    static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;

    private ZipFiles() {
    }

    static void unzip(InputStream in, Path target) throws IOException {
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = nextEntry(zip)) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw ValidationException.of("file", "The archive has more than " + MAX_ENTRIES + " entries");
                }
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw ValidationException.of("file", "The archive has a path outside its folder: "
                        + shown(entry.getName()));
                }
                if (!entry.isDirectory() && !plainFileName(entry.getName(), path, target)) {
                    throw ValidationException.of("file", "The archive has an entry that is not a plain file: \""
                        + shown(entry.getName()) + "\"");
                }
                try {
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                        continue;
                    }
                    Files.createDirectories(path.getParent());
                    try (OutputStream out = Files.newOutputStream(path)) {
                        byte[] buffer = new byte[64 * 1024];
                        int n;
                        while ((n = zip.read(buffer)) > 0) {
                            total += n;
                            if (total > MAX_TOTAL_BYTES) {
                                throw ValidationException.of("file", "The archive unpacks to more than 200 MiB");
                            }
                            out.write(buffer, 0, n);
                        }
                    }
                } catch (FileSystemException e) {
                    // "a" as a file and "a/b", or "a/" and "a": the entries do not make one folder
                    throw ValidationException.of("file", "The archive cannot be unpacked: " + shown(entry.getName())
                        + " clashes with another entry (" + e.getClass().getSimpleName() + ")");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw ValidationException.of("file", "Not a valid .zip file: " + e.getMessage());
        }
        if (entries == 0) {
            throw ValidationException.of("file", "Not a .zip file, or an empty one");
        }
    }

    private static ZipEntry nextEntry(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException malformed) {
            throw ValidationException.of("file", "The archive has an entry whose name is not UTF-8 text; "
                + "pack it again with a tool that writes UTF-8 names");
        }
    }

    /** A file entry names a file inside the folder: not the folder itself (".", ""), no control characters. */
    private static boolean plainFileName(String name, Path path, Path target) {
        return !path.equals(target) && !name.endsWith("/.") && !name.endsWith("/..") && !name.equals("..")
            && name.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** An entry's name as an error message shows it: short, without control characters. */
    private static String shown(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }

    /** The folder that holds the data: the archive's root, or its only folder. */
    static Path dataRoot(Path unpacked) throws IOException {
        if (Files.exists(unpacked.resolve("persons.yaml")) || Files.exists(unpacked.resolve("config.yaml"))) {
            return unpacked;
        }
        try (Stream<Path> children = Files.list(unpacked)) {
            List<Path> all = children.toList();
            return all.size() == 1 && Files.isDirectory(all.get(0)) ? all.get(0) : unpacked;
        }
    }

    static void zip(Path dir, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans it eventually
        }
    }
}
