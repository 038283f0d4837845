package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    @TempDir
    Path dir;

    @Test
    void aLineSaysDoneRateSkippedAndTimeLeft() {
        StringWriter s = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        Progress p = Progress.manual(new PrintWriter(s), 800, now::get);
        for (int i = 0; i < 120; i++) p.article();
        p.skipped("newsgraph: skipped a.jsonl:3: malformed JSON");
        now.set(10_000_000_000L); // 10 s
        p.show();
        p.close();
        assertEquals(List.of("newsgraph: skipped a.jsonl:3: malformed JSON",
                "newsgraph: 121/800 articles, 12.1 articles/s, 1 skipped, 0:57 left"), s.toString().lines().toList());
    }

    @Test
    void tokensPerSecondWhenTheArticlesSayHowManyTheyHad() {
        StringWriter s = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        Progress p = Progress.manual(new PrintWriter(s), 10, now::get);
        for (int i = 0; i < 4; i++) p.article(2_500);
        now.set(2_000_000_000L);
        p.show();
        assertEquals("newsgraph: 4/10 articles, 2.0 articles/s, 5,000 tokens/s, 0 skipped, 0:03 left", s.toString().strip());
    }

    @Test
    void nothingIsLeftWhenAllIsDoneOrTheTotalIsNotKnownYet() {
        StringWriter s = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        Progress p = Progress.manual(new PrintWriter(s), -1, now::get);
        p.article();
        now.set(2_000_000_000L);
        p.show();
        assertEquals("newsgraph: 1 article, 0.5 articles/s, 0 skipped", s.toString().strip());
    }

    @Test
    void whenAllIsAnalysedTheStoreIsBeingWritten() {
        StringWriter s = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        Progress p = Progress.manual(new PrintWriter(s), 2, now::get);
        p.article();
        p.article();
        now.set(1_000_000_000L);
        p.show();
        assertEquals("newsgraph: 2/2 articles, 2.0 articles/s, 0 skipped, writing the store", s.toString().strip());
    }

    @Test
    void theTotalCountsJsonLinesAndFiles() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":1}\n\n  \n{\"id\":2}\n{\"id\":3}");
        Files.writeString(dir.resolve("b.txt"), "text");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.html"), "<p>x</p>");
        Files.writeString(dir.resolve("sub/notes.md"), "ignored");
        assertEquals(6, Progress.count(List.of(dir, dir.resolve("missing.jsonl"))));
    }

    @Test
    void quietIngestWritesNoProgress() throws Exception {
        Path in = Files.writeString(dir.resolve("q.txt"), "Engineer Sam Ode met planner Rita Moss in Turku.");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute("ingest", "--quiet", "--store", dir.resolve("st").toString(), in.toString()));
        assertEquals("", err.toString());
        assertTrue(out.toString().startsWith("1 article stored"), out.toString());
    }
}
