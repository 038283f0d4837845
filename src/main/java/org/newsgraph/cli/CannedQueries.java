package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The canned queries by name: {@code who-met-whom} is {@code queries/who-met-whom.rq} in the working folder,
 * else the copy bundled in the jar (class path {@code /queries/}).
 */
final class CannedQueries {

    static final String FOLDER = "queries";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.rq)?");

    private CannedQueries() {
    }

    /** Whether a query argument can be a canned query's name (a bare word, not a path). */
    static boolean isName(String s) {
        return NAME.matcher(s).matches();
    }

    /** The text of the canned query of that name ({@code who-met-whom} or {@code who-met-whom.rq}), if there is one. */
    static Optional<String> find(String name) {
        if (!isName(name)) return Optional.empty();
        String file = name.endsWith(".rq") ? name : name + ".rq";
        Path local = Path.of(FOLDER, file);
        try {
            if (Files.isRegularFile(local)) return Optional.of(Files.readString(local, StandardCharsets.UTF_8));
            try (InputStream in = CannedQueries.class.getResourceAsStream("/" + FOLDER + "/" + file)) {
                if (in != null) return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the canned query " + name, e);
        }
        return Optional.empty();
    }

    /** The names of the bundled queries (and of those in ./queries), for messages. */
    static SortedSet<String> names() {
        SortedSet<String> names = new TreeSet<>();
        addFolder(Path.of(FOLDER), names);
        try {
            Path code = Path.of(CannedQueries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                addFolder(code.resolve(FOLDER), names);
            } else if (Files.isRegularFile(code)) {
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(code))) {
                    for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                        String n = e.getName();
                        if (n.startsWith(FOLDER + "/") && n.endsWith(".rq") && n.indexOf('/', FOLDER.length() + 1) < 0) {
                            names.add(n.substring(FOLDER.length() + 1, n.length() - 3));
                        }
                    }
                }
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // only for a message: list what was found
        }
        return names;
    }

    private static void addFolder(Path dir, SortedSet<String> names) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .forEach(n -> names.add(n.substring(0, n.length() - 3)));
        } catch (IOException e) {
            // only for a message
        }
    }
}
