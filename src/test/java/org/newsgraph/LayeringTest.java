package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DEVELOPERS.md's package layering, read from the imports of the main sources (the Spark job's included). */
class LayeringTest {
    static final List<Path> ROOTS = List.of(Path.of("src/main/java/org/newsgraph"), Path.of("src/spark/java/org/newsgraph"));

    /** A library and the top-level packages that may import it. */
    static Stream<Map.Entry<String, List<String>>> rules() {
        return Stream.of(
                Map.entry("org.apache.jena", List.of("rdf", "store", "serve")),
                Map.entry("opennlp", List.of("annotate")),
                Map.entry("picocli", List.of("cli")),
                Map.entry("org.apache.spark", List.of("spark")),
                Map.entry("org.apache.hadoop", List.of("spark")),
                Map.entry("scala", List.of("spark")),
                Map.entry("org.netpreserve.jwarc", List.of("article")));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void libraryIsImportedOnlyWhereItBelongs(Map.Entry<String, List<String>> rule) throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String pkg = root.relativize(f).getName(0).toString();
                    if (rule.getValue().contains(pkg)) continue;
                    for (String line : read(f)) {
                        String l = line.strip();
                        if (l.startsWith("import " + rule.getKey() + ".") || l.startsWith("import static " + rule.getKey() + ".")) {
                            offenders.add(root.relativize(f) + ": " + l);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, rule.getKey() + " only in " + rule.getValue());
    }

    private static List<String> read(Path f) {
        try {
            return Files.readAllLines(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
