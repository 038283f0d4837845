package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNerCommandTest {

    @Test
    void trainsEvaluatesAndWritesAModel(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("ner.bin");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("train-ner", "--data", Path.of("src/test/resources/ner/sample.conll").toString(),
                    "--held-out", "0.3", "--iterations", "5", "--cutoff", "1", "--out", model.toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("person") && out.contains("precision") && out.contains("F1"), out);
        assertTrue(Files.size(model) > 0);
    }

    @Test
    void unknownFormatIsAUsageError() {
        int code = Main.commandLine().execute("train-ner", "--data", "src/test/resources/ner/sample.conll", "--format", "xml");
        assertEquals(2, code);
    }
}
