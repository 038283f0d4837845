package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** spark-ingest refuses what it cannot do before Spark starts (SparkIngestIT runs the job itself). */
class SparkIngestCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        err.getBuffer().setLength(0);
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void onlyALocalMasterRunsFromTheCommandLine() {
        assertEquals(ExitCodes.USAGE, run("spark-ingest", "--master", "yarn", "--out", dir.resolve("o").toString(), "x.jsonl"));
        assertTrue(err.toString().contains("spark-submit"), err.toString());
        assertEquals(ExitCodes.USAGE, run("spark-ingest", dir.resolve("a.jsonl").toString()), "--out is required");
    }

    @Test
    void aMissingInputOrAnExistingOutputStopsItBeforeSparkStarts() throws Exception {
        assertEquals(ExitCodes.FAILURE, run("spark-ingest", "--master", "local[2]", "--out", dir.resolve("o").toString(),
                dir.resolve("none.jsonl").toString()));
        assertTrue(err.toString().startsWith("newsgraph: no such file or folder: "), err.toString());
        Path in = Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"a\", \"text\": \"Ada Brook met Tomas Verin.\"}\n");
        Path out = Files.createDirectories(dir.resolve("exists"));
        assertEquals(ExitCodes.FAILURE, run("spark-ingest", "--out", out.toString(), in.toString()));
        assertTrue(err.toString().contains("exists already"), err.toString());
    }

    @Test
    void localPathsBecomeFileUrisAndUrisStayAsGiven() {
        assertTrue(SparkIngestCommand.uri("articles").startsWith("file:/"));
        assertEquals("hdfs://nn/news/2025", SparkIngestCommand.uri("hdfs://nn/news/2025"));
        assertTrue(SparkIngestCommand.sparkOnClassPath(), "the tests have Spark (provided scope)");
    }
}
