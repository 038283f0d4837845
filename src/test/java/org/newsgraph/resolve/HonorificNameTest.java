package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.pipeline.Analyzer;

/** A title said as part of a name ({@code kb/honorifics.txt}) gives the person that other name. */
class HonorificNameTest {
    @Test
    void sheikhBeforeASingleNameIsAlsoItsName() {
        Article a = new Article("h1", null, null, "2026-04-15", null,
                "Sheikh Rashida met President Ana Ruiz in Doha on Monday.", false, "test");
        ArticleFacts f = Analyzer.load().analyze(a);
        assertTrue(f.mentions().stream().anyMatch(e -> e.altLabels().contains("Sheikh Rashida") || e.label().equals("Sheikh Rashida")),
                () -> f.mentions().toString());
    }
}
