package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.newsgraph.article.ArticleReader;

/**
 * Ingest progress on stderr: articles done of the total, articles and tokens per second, skipped so far and the
 * time left.
 * On a terminal one line redrawn in place (a few times a second); otherwise (a log, a pipe) a line every few
 * seconds. Diagnostics printed meanwhile go through {@link #println(String)} so that they do not mix with the
 * line. The total is counted in the background (lines of .jsonl files, one per other file), so that a large input
 * does not wait for it.
 */
final class Progress implements AutoCloseable {

    /** How often a line is written when stderr is not a terminal. */
    static final long LOG_EVERY_MS = 5_000;
    private static final long REDRAW_EVERY_MS = 250;

    private final PrintWriter err;
    private final boolean terminal;
    private final long everyMs;
    private final LongSupplier clock;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private volatile long total = -1;
    private final ScheduledExecutorService ticker;
    private int drawn; // characters of the line on the terminal, 0 when none
    private boolean closed;

    private Progress(PrintWriter err, boolean terminal, long everyMs, LongSupplier clock, boolean tick) {
        this.err = err;
        this.terminal = terminal;
        this.everyMs = everyMs;
        this.clock = clock;
        this.start = clock.getAsLong();
        if (tick) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::show, everyMs, everyMs, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** Progress of reading {@code inputs} on {@code err}; a line every few seconds unless stderr is a terminal. */
    static Progress start(PrintWriter err, List<Path> inputs) {
        boolean terminal = System.console() != null;
        Progress p = new Progress(err, terminal, terminal ? REDRAW_EVERY_MS : LOG_EVERY_MS, System::nanoTime, true);
        Thread counter = new Thread(() -> p.total = count(inputs), "progress-count");
        counter.setDaemon(true);
        counter.start();
        return p;
    }

    /** For tests: no thread, no terminal; lines are written by {@link #show()} on the given clock (nanoseconds). */
    static Progress manual(PrintWriter err, long total, LongSupplier clock) {
        Progress p = new Progress(err, false, LOG_EVERY_MS, clock, false);
        p.total = total;
        return p;
    }

    /** One article analysed (any thread). */
    void article() {
        done.incrementAndGet();
    }

    /** One article analysed, of {@code n} tokens (any thread). */
    void article(long n) {
        tokens.addAndGet(n);
        done.incrementAndGet();
    }

    /** One input or article skipped, with the message to show. */
    synchronized void skipped(String message) {
        skipped.incrementAndGet();
        done.incrementAndGet();
        println(message);
    }

    /** Prints a diagnostic line without mixing it into the progress line. */
    synchronized void println(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    /** Writes the current state: redraws the terminal line, or appends a log line. */
    synchronized void show() {
        if (closed) return;
        String line = line();
        if (terminal) {
            clear();
            err.print(line);
            drawn = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** "newsgraph: 120/800 articles, 14.2 articles/s, 3,980 tokens/s, 3 skipped, 0:48 left". */
    String line() {
        long n = done.get();
        double seconds = Math.max(1e-9, (clock.getAsLong() - start) / 1e9);
        double rate = n / seconds;
        long t = total;
        StringBuilder b = new StringBuilder("newsgraph: ");
        b.append(n);
        if (t >= 0) b.append('/').append(Math.max(t, n));
        b.append(t < 0 && n == 1 ? " article, " : " articles, ").append(String.format(Locale.ROOT, "%.1f", rate)).append(" articles/s, ")
                .append(tokens.get() > 0 ? String.format(Locale.ROOT, "%,.0f tokens/s, ", tokens.get() / seconds) : "")
                .append(skipped.get()).append(" skipped");
        if (t > n && rate > 0) b.append(", ").append(duration((long) Math.ceil((t - n) / rate))).append(" left");
        else if (t >= 0 && n >= t) b.append(", writing the store");
        return b.toString();
    }

    private static String duration(long seconds) {
        if (seconds >= 3600) return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private void clear() {
        if (drawn == 0) return;
        err.print('\r');
        err.print(" ".repeat(drawn));
        err.print('\r');
        drawn = 0;
    }

    /** Stops the line (and takes it off the terminal): the summary follows. */
    @Override
    public synchronized void close() {
        if (ticker != null) ticker.shutdownNow();
        clear();
        err.flush();
        closed = true;
    }

    /** Articles in the inputs: the non-blank lines of .jsonl files, one for every other file or missing path. */
    static long count(List<Path> inputs) {
        long n = 0;
        List<Path> files;
        try {
            files = ArticleReader.expand(inputs);
        } catch (RuntimeException e) {
            return -1;
        }
        for (Path f : files) {
            String name = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson")) || !Files.isRegularFile(f)) {
                n++;
                continue;
            }
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 16];
                boolean content = false;
                for (int r; (r = in.read(buf)) > 0; ) {
                    for (int i = 0; i < r; i++) {
                        byte c = buf[i];
                        if (c == '\n') {
                            if (content) n++;
                            content = false;
                        } else if (c != ' ' && c != '\t' && c != '\r') {
                            content = true;
                        }
                    }
                }
                if (content) n++;
            } catch (IOException e) {
                n++;
            }
        }
        return n;
    }
}
