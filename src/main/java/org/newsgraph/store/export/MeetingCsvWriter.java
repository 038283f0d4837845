package org.newsgraph.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes one row per kept canonical meeting, RFC 4180: comma-separated, CRLF line ends, a header row, fields
 * quoted when they hold a comma, a quote or a line break (quotes doubled). Rows by date (undated last), then IRI.
 */
final class MeetingCsvWriter {
    static final List<String> HEADER = List.of("meeting", "date", "date_precision", "status", "mode", "place",
            "place_country", "participants", "participant_iris", "source_count", "articles");

    private MeetingCsvWriter() {
    }

    static void write(StoreSnapshot snap, MeetingFilter filter, OutputStream out) {
        List<MeetingData> rows = new ArrayList<>();
        for (MeetingData m : snap.meetings()) if (filter.accepts(m)) rows.add(m);
        rows.sort(Comparator.comparing((MeetingData m) -> m.date() == null ? LocalDate.MAX : m.date().start())
                .thenComparing(MeetingData::iri));
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            row(w, HEADER);
            for (MeetingData m : rows) {
                List<String> participants = m.participantIris();
                row(w, List.of(
                        m.iri(),
                        m.date() == null ? "" : m.date().lexical(),
                        m.date() == null ? "" : m.date().precision().name().toLowerCase(Locale.ROOT),
                        StoreSnapshot.word(m.status()),
                        m.mode() == null ? "" : StoreSnapshot.word(m.mode()),
                        m.placeIri() == null ? "" : snap.label(m.placeIri()),
                        m.placeIri() == null ? "" : String.join("; ", snap.countryLabels(m.placeIri())),
                        String.join("; ", participants.stream().map(snap::label).toList()),
                        String.join(" ", participants),
                        Integer.toString(m.sourceCount()),
                        String.join("; ", m.articleIds())));
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            w.write(quote(fields.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
