package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/** Picks the media type to answer with from an Accept header, with Jena's {@link AcceptList} (as Fuseki does). */
final class Conneg {

    private Conneg() {
    }

    /**
     * The offer the client prefers, or empty when it accepts none of them; a missing or blank header
     * accepts anything, so the first offer wins.
     */
    static Optional<String> choose(String accept, List<String> offers) {
        if (offers.isEmpty()) return Optional.empty();
        if (accept == null || accept.isBlank()) return Optional.of(offers.get(0));
        AcceptList proposals;
        try {
            proposals = new AcceptList(accept);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        // RFC 9110: q=0 means "not acceptable". Jena's matcher takes the ranges' order and weights; the offers a
        // zero-weight range is the most specific match for are taken away first, and zero ranges dropped.
        List<MediaRange> positive = new ArrayList<>();
        for (MediaRange r : proposals.entries()) if (r.get_q() > 0) positive.add(r);
        List<String> acceptable = new ArrayList<>();
        for (String offer : offers) {
            MediaType o = MediaType.create(offer);
            MediaRange best = null;
            for (MediaRange r : proposals.entries()) {
                if (r.accepts(o) && (best == null || specificity(r) > specificity(best))) best = r;
            }
            if (best != null && best.get_q() > 0) acceptable.add(offer);
        }
        if (acceptable.isEmpty() || positive.isEmpty()) return Optional.empty();
        MediaType m = AcceptList.match(new AcceptList(positive), AcceptList.create(acceptable.toArray(String[]::new)));
        return m == null ? Optional.empty() : Optional.of(m.getContentTypeStr());
    }

    /** 2 for type/subtype, 1 for type/*, 0 for * /*. */
    private static int specificity(MediaRange r) {
        if ("*".equals(r.getType())) return 0;
        return "*".equals(r.getSubType()) ? 1 : 2;
    }
}
