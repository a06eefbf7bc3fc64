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
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw ValidationException.of("file", "The archive has more than " + MAX_ENTRIES + " entries");
                }
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw ValidationException.of("file", "The archive has a path outside its folder: " + entry.getName());
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
                    throw ValidationException.of("file", "The archive cannot be unpacked: " + entry.getName()
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
