package org.newsgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Store;
import org.newsgraph.store.ValidationResult;

/**
 * Crash trials: {@code ingest} of a generated corpus runs as its own process and is killed (SIGKILL, no shutdown
 * hook runs) at a random moment; the store must then open, conform to the shapes, and, once the same corpus is
 * ingested again, be exactly the store that an uninterrupted run makes (sorted N-Quads equal).
 */
public final class CrashBench {
    private CrashBench() {}

    /** @param dir work folder; {@code trials} kills; {@code articles} in the corpus; kills fall in the first {@code window} of a run */
    public record Options(Path dir, int trials, int articles, double windowSeconds, long seed) {
        public Options {
            Objects.requireNonNull(dir, "dir");
            if (trials < 1 || trials > 1000) throw new IllegalArgumentException("trials must be 1..1000");
            if (articles < 1) throw new IllegalArgumentException("articles must be at least 1");
            if (!(windowSeconds > 0)) throw new IllegalArgumentException("window must be positive");
        }
    }

    /** Per trial: when it was killed, whether the process had ended by itself, and what the store was after. */
    public record Trial(int n, double killedAfter, boolean finishedFirst, boolean opened, boolean conforms, boolean converged,
                        long triplesAtKill) {
    }

    public static List<Trial> run(Options o, PrintStream log) {
        try {
            Files.createDirectories(o.dir());
            Path corpus = o.dir().resolve("corpus.jsonl");
            ServeCorpus.fromSamples().write(corpus, o.articles());
            Path reference = o.dir().resolve("reference");
            String want;
            try (Store s = Store.open(reference)) {
                if (s.size() == 0) Pipeline.builder().store(s).build().run(List.of(corpus));
                want = fingerprint(s);
            }
            log.printf(Locale.ROOT, "reference: %s%n", want);
            Random random = new Random(o.seed());
            List<Trial> trials = new ArrayList<>();
            for (int i = 1; i <= o.trials(); i++) {
                Path store = o.dir().resolve("trial-" + i);
                deleteTree(store);
                double after = random.nextDouble() * o.windowSeconds();
                Process p = new ProcessBuilder(javaCommand(), "-jar", jar(), "ingest", "--quiet", "--store", store.toString(),
                        corpus.toString()).redirectErrorStream(true).redirectOutput(o.dir().resolve("trial-" + i + ".log").toFile()).start();
                boolean finished = p.waitFor(Math.round(after * 1000), TimeUnit.MILLISECONDS);
                if (!finished) {
                    p.destroyForcibly();
                    p.waitFor();
                }
                boolean opened = false;
                boolean conforms = false;
                boolean converged = false;
                long atKill = -1;
                try (Store s = Store.open(store)) {
                    opened = true;
                    atKill = s.size();
                    ValidationResult v = s.validate();
                    conforms = v.conforms();
                    Pipeline.builder().store(s).build().run(List.of(corpus));
                    converged = fingerprint(s).equals(want);
                } catch (RuntimeException e) {
                    log.printf(Locale.ROOT, "trial %d: %s%n", i, e);
                }
                Trial t = new Trial(i, after, finished, opened, conforms, converged, atKill);
                log.printf(Locale.ROOT, "trial %d: killed after %.2f s%s, %,d triples then; opened %s, conforms %s, converged %s%n",
                        i, after, finished ? " (had finished)" : "", atKill, opened, conforms, converged);
                trials.add(t);
                deleteTree(store);
            }
            return trials;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** SHA-256 of the store's N-Quads, sorted (blank node labels blanked), and the quad count. */
    static String fingerprint(Store s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.export(Store.ExportFormat.NQUADS, out);
        List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("_:\\S+", "_:b")).toList());
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            return lines.size() + " quads, sha256 " + HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String jar() {
        try {
            Path p = Path.of(CrashBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!p.toString().endsWith(".jar")) throw new IllegalStateException("bench crash runs from the packaged jar, not " + p);
            return p.toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
