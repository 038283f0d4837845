package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.pipeline.BudgetTest.BOUND;
import static org.newsgraph.pipeline.BudgetTest.GOOD;
import static org.newsgraph.pipeline.BudgetTest.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Budget;
import org.newsgraph.article.Limits;
import org.newsgraph.bench.HostileInputs;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.store.Store;

/** The slow cases of the article budget: a 200 KB sentence, and articles over their time. */
class BudgetIT {

    @TempDir
    static Path dir;
    static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = BudgetTest.warmAnalyzer();
    }

    @Test
    void anOverlongSentenceIsSplitBeforeTaggingAndSaidSo() {
        String text = GOOD + "\n" + HostileInputs.longSentence(200_000, 1) + "\nTrade Minister Lena Hart met President Omar Farouk in Vienna on Monday.";
        Budget budget = Budget.start(Limits.DEFAULT, "article 'long'");
        ArticleFacts facts = assertTimeoutPreemptively(BOUND, () -> analyzer.analyze(article("long", text), budget));
        assertEquals(1, budget.notes().size(), budget.notes().toString());
        assertTrue(budget.notes().get(0).matches("1 sentence over 2,000 characters or 300 tokens split into \\d+ pieces"),
                budget.notes().get(0));
        assertFalse(budget.truncated(), "nothing is left out");
        java.util.Set<java.util.Set<String>> pairs = new java.util.HashSet<>();
        for (var m : facts.meetings()) {
            pairs.add(m.participants().stream().map(e -> e.label()).collect(java.util.stream.Collectors.toSet()));
        }
        assertTrue(pairs.contains(java.util.Set.of("Ana Ruiz", "Tomas Berg")), pairs.toString());
        assertTrue(pairs.contains(java.util.Set.of("Lena Hart", "Omar Farouk")), "the meeting after it is found: " + pairs);
    }

    @Test
    void anArticleOverItsTimeIsSkippedAndTheOthersAreStored() throws IOException {
        Path in = BudgetTest.input(dir, "slow.jsonl", "a", GOOD, "slow", "Slow text.", "b", GOOD.replace("Oslo", "Rome"));
        try (Store s = Store.inMemory()) {
            IngestSummary sum = assertTimeoutPreemptively(BOUND, () -> Pipeline.builder().store(s).threads(2)
                    .limits(Limits.DEFAULT.withArticleTimeout(Duration.ofSeconds(5))) // a good article takes milliseconds
                    .analysis((a, budget) -> {
                        if (a.id().equals("slow")) while (true) budget.check(); // a clock-watching analysis that never ends
                        return analyzer.analyze(a, budget);
                    })
                    .build().run(List.of(in)));
            assertEquals(2, sum.stored());
            assertEquals(1, sum.skipped());
            assertEquals(in + ":2", sum.problems().get(0).origin());
            assertEquals("article 'slow' took more than 5 s to analyse (the article time-out)", sum.problems().get(0).message());
            assertEquals(List.of("a", "b"), s.articleIds().stream().sorted().toList());
            assertTrue(s.validate().conforms());
        }
    }

    @Test
    void anAnalysisThatIgnoresTheClockIsCancelledByThePipeline() throws IOException {
        Path in = BudgetTest.input(dir, "stuck.jsonl", "a", GOOD, "stuck", "Stuck text.", "b", GOOD);
        CountDownLatch ended = new CountDownLatch(1);
        try (Store s = Store.inMemory()) {
            IngestSummary sum = assertTimeoutPreemptively(BOUND, () -> Pipeline.builder().store(s).threads(1)
                    .limits(Limits.DEFAULT.withArticleTimeout(Duration.ofSeconds(5))) // a good article takes milliseconds
                    .analysis((a, budget) -> {
                        if (a.id().equals("stuck")) {
                            while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait(); // never looks at its budget
                            ended.countDown();
                            throw new IllegalStateException("interrupted");
                        }
                        return analyzer.analyze(a, budget);
                    })
                    .build().run(List.of(in)));
            assertEquals(2, sum.stored(), sum.problems().toString());
            assertEquals("article 'stuck' took more than 5 s to analyse (the article time-out)", sum.problems().get(0).message());
            assertTrue(ended.await(30, TimeUnit.SECONDS), "the cancelled analysis was interrupted and ended");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
