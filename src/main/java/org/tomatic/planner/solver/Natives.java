package org.tomatic.planner.solver;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import com.google.ortools.Loader;

/**
 * OR-Tools' native libraries. OR-Tools' own loader unpacks its 67 MB of libraries into a new
 * temporary folder on every start, about a second of a short {@code tomatic solve}. With
 * {@code -Dtomatic.natives.cache=DIR} (the launcher sets DATA_DIR/cache/natives) they are unpacked
 * once into DIR, one folder per OR-Tools version, and loaded from there on every later start.
 * Without it, or if anything about the cache fails, OR-Tools' own loader runs as before.
 */
public final class Natives {

    public static final String CACHE_PROPERTY = "tomatic.natives.cache";

    private static boolean loaded;

    private Natives() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        String cache = System.getProperty(CACHE_PROPERTY, "");
        if (!cache.isBlank()) {
            try {
                Path folder = unpacked(Path.of(cache).toAbsolutePath());
                if (folder != null) {
                    System.load(folder.resolve(System.mapLibraryName("jniortools")).toString());
                    loaded = true;
                    return;
                }
            } catch (IOException | UnsatisfiedLinkError | RuntimeException e) {
                // The cache is only a shortcut: OR-Tools' loader below still works.
            }
        }
        Loader.loadNativeLibraries();
        loaded = true;
    }

    /**
     * The folder under {@code cache} holding this OR-Tools version's libraries, unpacked if not yet
     * there; null if the libraries are not in a jar on the class path.
     */
    static Path unpacked(Path cache) throws IOException {
        // The folder OR-Tools' own loader reads, named by JNA's platform prefix as it does.
        String resource = "ortools-" + com.sun.jna.Platform.RESOURCE_PREFIX + "/";
        URL url = Natives.class.getClassLoader().getResource(resource);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return null;
        }
        String jar = url.getPath().substring(0, url.getPath().indexOf("!/"));
        String version = Path.of(jar.substring(jar.lastIndexOf('/') + 1)).toString().replaceAll("\\.jar$", "");
        Path folder = cache.resolve(version);
        if (Files.isRegularFile(folder.resolve(".complete"))) {
            return folder.resolve(resource);
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempDirectory(cache, version + ".partial-");
        boolean[] opened = {false};
        FileSystem zip = jarFileSystem(url, opened);
        try {
            Path root = zip.getPath(resource);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = partial.resolve(resource).resolve(root.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.createFile(partial.resolve(".complete"));
            try {
                Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Another start unpacked it meanwhile: use theirs.
                if (!Files.isRegularFile(folder.resolve(".complete"))) {
                    throw e;
                }
            }
        } finally {
            if (opened[0]) {
                zip.close();
            }
            deleteQuietly(partial);
        }
        return folder.resolve(resource);
    }

    /** The jar as a file system; {@code opened[0]} says whether this call opened it (and must close it). */
    private static FileSystem jarFileSystem(URL url, boolean[] opened) throws IOException {
        URI jar;
        try {
            String text = url.toURI().toString();
            jar = URI.create(text.substring(0, text.indexOf("!/")));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try {
            FileSystem zip = FileSystems.newFileSystem(jar, Map.of());
            opened[0] = true;
            return zip;
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(jar);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover partial folder is harmless.
        }
    }
}
