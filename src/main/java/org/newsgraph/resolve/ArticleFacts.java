package org.newsgraph.resolve;

import java.util.List;
import java.util.Objects;
import org.newsgraph.article.Article;

/**
 * Everything extracted from one article: the entities it mentions and the meetings it reports.
 * This is what the rdf package maps to the article's named graph.
 */
public record ArticleFacts(Article article, List<Entity> mentions, List<MeetingReport> meetings) {
    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        mentions = List.copyOf(mentions);
        meetings = List.copyOf(meetings);
    }
}
