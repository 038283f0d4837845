package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.resolve.MeetingReport;

/** A readout headed by a call: the conversation it reports, of no stated mode, was by phone. */
class HeadlineModeTest {
    @Test
    void aCallInTheHeadlineMakesTheConversationAPhoneCall() {
        String text = "Chancellor's call with President Ruiz: 5 March 2026\n"
                + "Chancellor Lukas Brenner spoke with President Ana Ruiz this morning about the grain corridor.\n";
        Article a = new Article("readout", null, null, "2026-03-05", null, text, false, "test");
        List<MeetingReport> ms = Analyzer.load().analyze(a).meetings();
        assertEquals(1, ms.size(), ms::toString);
        assertEquals(MeetingMode.PHONE, ms.get(0).mode());
    }
}
