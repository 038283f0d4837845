package org.newsgraph.resolve.entities;

import java.util.Objects;
import org.newsgraph.extract.EntityType;

/**
 * One article's name for one entity, as the cross-article resolution sees it.
 *
 * @param iri     the entity IRI the article uses
 * @param type    its type
 * @param name    the name the article gives it (its fullest form in that article)
 * @param qid     Wikidata QID when the article links it, or null
 * @param article the IRI of the article
 */
public record EntityNaming(String iri, EntityType type, String name, String qid, String article) implements java.io.Serializable {
    public EntityNaming {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(article, "article");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("blank name for " + iri);
        if (qid != null && qid.isBlank()) qid = null;
    }
}
