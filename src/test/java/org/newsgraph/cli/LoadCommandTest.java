package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LoadCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void exportThenLoadIntoAFreshStoreConformsAndExportsTheSame() throws Exception {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "{\"id\": \"k1\", \"published\": \"2025-03-04\","
                + " \"text\": \"Lena Okafor met Raul Ibsen in Porto on Tuesday.\"}\n");
        assertEquals(0, run("ingest", "--store", dir.resolve("a").toString(), "--threads", "1", in.toString()), err.toString());
        Path nq = Files.createDirectories(dir.resolve("out")).resolve("graph.nq");
        assertEquals(0, run("export", "--store", dir.resolve("a").toString(), "--out", nq.toString()), err.toString());
        Files.writeString(dir.resolve("out").resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve("out").resolve(".graph.nq.crc"), "not rdf");

        assertEquals(0, run("load", "--store", dir.resolve("b").toString(), "--loader", "basic", dir.resolve("out").toString()),
                err.toString());
        assertTrue(out.toString().startsWith("Loaded "), out.toString());
        assertTrue(out.toString().contains("from 1 file (0 graphs replaced)"), out.toString());
        assertTrue(out.toString().contains("The store conforms to the shapes."), out.toString());
        Path back = dir.resolve("b.nq");
        assertEquals(0, run("export", "--store", dir.resolve("b").toString(), "--out", back.toString()));
        assertEquals(Files.readAllLines(nq).stream().sorted().toList(), Files.readAllLines(back).stream().sorted().toList());
    }

    @Test
    void articleGraphsAloneNeedDeriveToConform() throws Exception {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "{\"id\": \"k1\", \"published\": \"2025-03-04\","
                + " \"text\": \"Lena Okafor met Raul Ibsen in Porto on Tuesday.\"}\n");
        assertEquals(0, run("ingest", "--store", dir.resolve("a").toString(), "--threads", "1", in.toString()), err.toString());
        Path nq = dir.resolve("all.nq");
        assertEquals(0, run("export", "--store", dir.resolve("a").toString(), "--out", nq.toString()));
        // keep only the article's graph, as the Spark job writes it today
        Path articles = dir.resolve("articles.nq");
        Files.write(articles, Files.readAllLines(nq).stream().filter(l -> l.endsWith("/graph/k1> .")).toList());
        assertFalse(Files.readAllLines(articles).isEmpty());

        assertEquals(0, run("load", "--store", dir.resolve("c").toString(), "--derive", articles.toString()), err.toString());
        assertTrue(out.toString().contains("meetings and entities derived"), out.toString());
        assertEquals(0, run("export", "--store", dir.resolve("c").toString(), "--out", dir.resolve("c.nq").toString()));
        assertEquals(Files.readAllLines(nq).stream().sorted().toList(),
                Files.readAllLines(dir.resolve("c.nq")).stream().sorted().toList());
    }

    @Test
    void aMissingPathLoadsNothing() {
        assertEquals(ExitCodes.FAILURE, run("load", "--store", dir.resolve("s").toString(), dir.resolve("none.nq").toString()));
        assertTrue(err.toString().startsWith("newsgraph: no such file or folder: "), err.toString());
        assertEquals(ExitCodes.USAGE, run("load", "--store", dir.resolve("s").toString(), "--loader", "fast", "x.nq"));
    }

    @Test
    void folderFilesAreNQuadsAndSparkPartsButNotChecksums() {
        assertTrue(LoadCommand.isNQuads(Path.of("a/b.nq")));
        assertTrue(LoadCommand.isNQuads(Path.of("b.nq.gz")));
        assertTrue(LoadCommand.isNQuads(Path.of("b.nquads")));
        assertTrue(LoadCommand.isNQuads(Path.of("part-00003.gz")));
        assertFalse(LoadCommand.isNQuads(Path.of(".part-00003.gz.crc")));
        assertFalse(LoadCommand.isNQuads(Path.of("_SUCCESS")));
        assertFalse(LoadCommand.isNQuads(Path.of("notes.txt")));
        assertFalse(LoadCommand.isNQuads(Path.of("part-00000-5e1c.c000.snappy.parquet")));
        assertTrue(LoadCommand.inProblems(Path.of("out"), Path.of("out/problems/part-00000")));
        assertFalse(LoadCommand.inProblems(Path.of("out"), Path.of("out/articles/part-00000.gz")));
        assertFalse(LoadCommand.inProblems(Path.of("problems"), Path.of("problems/part-00000.gz")));
    }
}
