package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Fixtures;

/** TDB2 shares one connection per folder inside a JVM, so the lock is seen only from another process. */
class StoreLockTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String output) {
    }

    private Outcome probe(Path folder) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), folder.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe finished");
        return new Outcome(p.exitValue(), out);
    }

    @Test
    void anotherProcessCannotOpenAHeldFolder() throws Exception {
        Path folder = dir.resolve("db");
        try (Store held = Store.open(folder)) {
            held.putArticles(List.of(Fixtures.article("a", "2025-01-02",
                    Fixtures.met(List.of(Fixtures.ADA, Fixtures.TOMAS), null, Fixtures.day("2025-01-01")))));
            Outcome o = probe(folder);
            assertEquals(LockProbe.LOCKED, o.code(), o.output());
            assertTrue(o.output().contains("in use by another process"), o.output());
            assertTrue(o.output().contains("ingest --endpoint"), o.output());
        }
        Outcome after = probe(folder);
        assertEquals(LockProbe.OPENED, after.code(), "released on close: " + after.output());
    }
}
