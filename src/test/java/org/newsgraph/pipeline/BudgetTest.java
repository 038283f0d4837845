package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.article.Budget;
import org.newsgraph.article.Limits;
import org.newsgraph.article.OverBudgetException;
import org.newsgraph.bench.HostileInputs;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.store.Store;

/**
 * The budget of one article: caps, the clock, and what a slow, failing or refused article costs the others. The
 * slow cases (a 200 KB sentence, time-outs) are in {@link BudgetIT}.
 */
class BudgetTest {
    static final String GOOD = "Foreign Minister Ana Ruiz met Prime Minister Tomas Berg in Oslo on Tuesday.";
    static final Duration BOUND = Duration.ofSeconds(120); // generous: a loaded 2-core machine

    @TempDir
    static Path dir;
    static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = warmAnalyzer();
    }

    /** The analyzer with its models loaded and run once, so that no test's time bound pays for either. */
    static Analyzer warmAnalyzer() {
        Analyzer a = Analyzer.load();
        a.analyze(article("warm-up", GOOD));
        return a;
    }

    static Article article(String id, String text) {
        return new Article(id, null, null, "2026-03-03", null, text, false, "test:" + id);
    }

    /** A JSON Lines file of articles: "id=text" pairs. */
    static Path input(String name, String... idAndText) throws IOException {
        return input(dir, name, idAndText);
    }

    static Path input(Path dir, String name, String... idAndText) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < idAndText.length; i += 2) {
            sb.append("{\"id\": ").append(quote(idAndText[i])).append(", \"published\": \"2026-03-03\", \"text\": ")
                    .append(quote(idAndText[i + 1])).append("}\n");
        }
        return Files.writeString(dir.resolve(name), sb);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void namesOverTheArticleCapLeaveOutTheRestOfTheArticleAndSaySo() {
        String text = HostileInputs.prose(20_000, 7);
        Budget budget = Budget.start(Limits.DEFAULT.withMentionCaps(100, 50), "article 'p'");
        ArticleFacts facts = analyzer.analyze(article("p", text), budget);
        assertTrue(budget.truncated());
        assertEquals(1, budget.notes().size(), budget.notes().toString());
        assertTrue(budget.notes().get(0).matches("over 50 names: analysed the first \\d+ sentences \\(up to character [\\d,]+\\),"
                + " the rest is left out"), budget.notes().get(0));
        assertTrue(facts.mentions().size() <= 50, "entities " + facts.mentions().size());
        assertFalse(facts.meetings().isEmpty(), "the part analysed still gives meetings");
    }

    @Test
    void namesOverTheSentenceCapKeepTheFirstOnes() {
        String list = "Foreign Minister Ana Ruiz, Prime Minister Tomas Berg, Trade Minister Lena Hart and President"
                + " Omar Said met in Oslo on Tuesday.";
        Budget budget = Budget.start(Limits.DEFAULT.withMentionCaps(3, 10_000), "article 'l'");
        analyzer.analyze(article("l", list), budget);
        assertTrue(budget.truncated());
        assertTrue(budget.notes().get(0).matches("1 sentence over 3 names: the first 3 kept, \\d+ left out"), budget.notes().toString());
    }

    @Test
    void meetingCandidatesAreCappedPerArticle() {
        String text = HostileInputs.prose(20_000, 3);
        ArticleFacts all = analyzer.analyze(article("m", text), Budget.start(Limits.DEFAULT, "m"));
        assertTrue(all.meetings().size() > 3, "reports " + all.meetings().size());
        Budget budget = Budget.start(Limits.DEFAULT.withMeetingCaps(20, 3), "article 'm'");
        ArticleFacts capped = analyzer.analyze(article("m", text), budget);
        assertTrue(capped.meetings().size() <= 3, "reports " + capped.meetings().size());
        assertTrue(budget.notes().get(0).matches("[\\d,]+ meeting candidates over the caps \\(20 per sentence, 3 per article\\) left out"),
                budget.notes().toString());
    }

    @Test
    void textOverTheCapIsLeftOutAtALineEnd() {
        String text = HostileInputs.prose(20_000, 5);
        Budget budget = Budget.start(Limits.DEFAULT.withMaxArticleChars(5_000), "article 't'");
        analyzer.analyze(article("t", text), budget);
        assertTrue(budget.truncated());
        assertTrue(budget.notes().get(0).matches("text over 5,000 characters: analysed up to character [\\d,]+ of [\\d,]+"
                + " \\(original offset [\\d,]+\\), the rest is left out"), budget.notes().toString());
    }

    @Test
    void theClockIsCheckedAtEachSentence() {
        String text = HostileInputs.prose(200_000, 9);
        Budget budget = Budget.start(Limits.DEFAULT.withArticleTimeout(Duration.ofMillis(1)), "article 'slow'");
        OverBudgetException e = org.junit.jupiter.api.Assertions.assertThrows(OverBudgetException.class,
                () -> analyzer.analyze(article("slow", text), budget));
        assertEquals("article 'slow' took more than 1 ms to analyse (the article time-out)", e.getMessage());
    }

    @Test
    void whatWasAnalysedBeforeASlowArticleIsStoredWhileItRuns() throws IOException {
        Path in = input("progressive.jsonl", "a", GOOD, "b", GOOD, "slow", "Slow text.", "c", GOOD);
        CountDownLatch storedBeforeSlowEnded = new CountDownLatch(1);
        try (Store s = Store.inMemory()) {
            GraphSink sink = new GraphSink() {
                final GraphSink inner = GraphSink.of(s);

                @Override
                public void putArticles(List<ArticleFacts> articles) {
                    inner.putArticles(articles);
                }

                @Override
                public void putBatch(List<ArticleFacts> articles) {
                    inner.putBatch(articles);
                    if (articles.stream().anyMatch(f -> f.article().id().equals("b"))) storedBeforeSlowEnded.countDown();
                }

                @Override
                public void finish() {
                    inner.finish();
                }

                @Override
                public long size() {
                    return inner.size();
                }
            };
            boolean[] sawIt = {false};
            IngestSummary sum = assertTimeoutPreemptively(BOUND, () -> Pipeline.builder().sink(sink).threads(2)
                    .analysis((a, budget) -> {
                        if (a.id().equals("slow")) {
                            try {
                                // the default batch (512) would hold a and b until the end of the run
                                sawIt[0] = storedBeforeSlowEnded.await(60, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        return analyzer.analyze(a, budget);
                    })
                    .build().run(List.of(in)));
            assertTrue(sawIt[0], "a and b were stored while the slow article was being analysed");
            assertEquals(4, sum.stored());
        }
    }

    @Test
    void anErrorInOneAnalysisSkipsOnlyThatArticle() throws IOException {
        Path in = input("error.jsonl", "a", GOOD, "bad", "Bad text.", "b", GOOD);
        try (Store s = Store.inMemory()) {
            IngestSummary sum = Pipeline.builder().store(s).threads(2)
                    .analysis((a, budget) -> {
                        if (a.id().equals("bad")) throw new AssertionError("model state broken");
                        return analyzer.analyze(a, budget);
                    })
                    .build().run(List.of(in));
            assertEquals(2, sum.stored());
            assertEquals("article 'bad': analysis failed: model state broken", sum.problems().get(0).message());
        }
    }

    @Test
    void anArticleTheStoreRefusesCostsOnlyItself() throws IOException {
        Path in = input("refused.jsonl", "a", GOOD, "refused", GOOD, "b", GOOD);
        try (Store s = Store.inMemory()) {
            GraphSink sink = new GraphSink() {
                final GraphSink inner = GraphSink.of(s);

                @Override
                public void putArticles(List<ArticleFacts> articles) {
                    putBatch(articles);
                }

                @Override
                public void putBatch(List<ArticleFacts> articles) {
                    if (articles.stream().anyMatch(f -> f.article().id().equals("refused")))
                        throw new IllegalStateException("write refused");
                    inner.putBatch(articles);
                }

                @Override
                public void finish() {
                    inner.finish();
                }

                @Override
                public long size() {
                    return inner.size();
                }
            };
            IngestSummary sum = Pipeline.builder().sink(sink).threads(2).build().run(List.of(in));
            assertEquals(2, sum.stored());
            assertEquals(in + ":2", sum.problems().get(0).origin());
            assertEquals("article 'refused': could not be stored: write refused", sum.problems().get(0).message());
            assertEquals(List.of("a", "b"), s.articleIds().stream().sorted().toList());
            assertTrue(s.validate().conforms());
        }
    }
}
