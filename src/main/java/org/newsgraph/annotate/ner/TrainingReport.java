package org.newsgraph.annotate.ner;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link NerTrainer} run did: the settings, how much it trained on, how long it took, and the
 * held-out scores per corpus and for all held-out sentences together ({@code combined}, null when
 * nothing was held out). {@code tokensPerSecond} is the speed of the trained finder on the held-out
 * sentences (0 when nothing was held out).
 */
public record TrainingReport(String settings, int trainingSentences, int trainingTokens, Duration trainingTime,
                             List<CorpusEvaluation> corpora, CorpusEvaluation combined, double tokensPerSecond) {
    public TrainingReport {
        if (settings == null) throw new IllegalArgumentException("settings required");
        if (trainingSentences < 0 || trainingTokens < 0) throw new IllegalArgumentException("counts must be >= 0");
        if (trainingTime == null || trainingTime.isNegative()) throw new IllegalArgumentException("bad training time");
        corpora = List.copyOf(corpora);
        if (tokensPerSecond < 0) throw new IllegalArgumentException("speed must be >= 0");
    }

    /** Prints the per-type table of every held-out part, for the command line. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "settings: %s%n", settings);
        out.printf(Locale.ROOT, "trained on %d sentences (%d tokens) in %.1f s%n",
                trainingSentences, trainingTokens, trainingTime.toMillis() / 1000.0);
        if (combined == null) {
            out.println("no held-out sentences: nothing evaluated");
            return;
        }
        out.printf(Locale.ROOT, "%-36s %-13s %9s %9s %9s %8s%n", "held-out part", "type", "precision", "recall", "F1", "support");
        for (CorpusEvaluation e : corpora) printRows(out, e);
        if (corpora.size() > 1) printRows(out, combined);
        out.printf(Locale.ROOT, "tagging speed: %.0f tokens/s (NameFinderME.find on held-out sentences, one thread)%n",
                tokensPerSecond);
    }

    private static void printRows(PrintStream out, CorpusEvaluation e) {
        String name = e.corpus() + " (" + e.sentences() + " sent.)";
        for (TypeScore t : e.types()) row(out, name, t);
        row(out, name, e.overall());
    }

    private static void row(PrintStream out, String name, TypeScore t) {
        out.printf(Locale.ROOT, "%-36s %-13s %9.3f %9.3f %9.3f %8d%n", name, t.type(), t.precision(), t.recall(), t.f1(), t.support());
    }
}
