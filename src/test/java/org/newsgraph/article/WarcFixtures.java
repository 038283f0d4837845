package org.newsgraph.article;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** A small news crawl written by the tests, as a crawler writes one: pages we invent, with the records around them. */
public final class WarcFixtures {
    private WarcFixtures() {
    }

    /** A captured page: its record id is the article's id. */
    public record Page(UUID id, String url, String html) {
        /** The same page as a JSON line, as ingest reads it. */
        public String jsonLine() {
            return "{\"id\": \"" + id + "\", \"url\": \"" + url + "\", \"html\": \"" + escape(html) + "\"}";
        }
    }

    public static final List<Page> PAGES = List.of(
            new Page(UUID.fromString("6a1f3c2e-0b7d-4c55-9e21-3f0a8d1b2c01"), "https://meridian-post.example/world/harlow-vance-lisbon",
                    page("Harlow and Vance meet in Lisbon | The Meridian Post", "2025-05-14T09:00:00Z",
                            "Foreign minister Nadia Harlow met her Dutch counterpart Pieter Vance in Lisbon on Tuesday, officials said.",
                            "The two discussed fishing quotas and a planned rail link.")),
            new Page(UUID.fromString("6a1f3c2e-0b7d-4c55-9e21-3f0a8d1b2c02"), "https://coastal-courier.example/politics/okonjo-talks",
                    page("Okonjo to hold talks with Brandt in Nairobi | Coastal Courier", "2025-06-02",
                            "President Ama Okonjo will meet Chancellor Erik Brandt in Nairobi next week, her office said on Monday.",
                            "The visit was first announced in March.")),
            new Page(UUID.fromString("6a1f3c2e-0b7d-4c55-9e21-3f0a8d1b2c03"), "https://meridian-post.example/world/harlow-call",
                    page("Harlow speaks to Ferreira by phone | The Meridian Post", "2025-05-20T17:30:00Z",
                            "Nadia Harlow spoke with Marta Ferreira by phone on Monday about the summit.",
                            "Neither side gave details.")));

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String page(String title, String published, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title>\n<meta property=\"article:published_time\" content=\"").append(published).append("\">\n")
                .append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n<article><h1>")
                .append(title, 0, title.indexOf(" | ")).append("</h1>\n");
        for (String p : paragraphs) b.append("<p>").append(p).append("</p>\n");
        return b.append("</article><footer>All rights reserved.</footer></body></html>\n").toString();
    }

    /**
     * Writes a crawl of {@code pages}: a warcinfo record, then per page its request and response, with an image,
     * a page not found, and (when {@code badAfter} ≥ 0) a response that is no HTTP message after page {@code badAfter}.
     */
    public static void write(Path file, boolean gzip, List<Page> pages, int badAfter) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            Instant when = Instant.parse("2025-06-03T04:05:06Z");
            w.write(new Warcinfo.Builder().filename(file.getFileName().toString()).date(when)
                    .body(MediaType.WARC_FIELDS, "software: newsgraph tests\r\n".getBytes(StandardCharsets.UTF_8)).build());
            for (int i = 0; i < pages.size(); i++) {
                Page p = pages.get(i);
                w.write(new WarcRequest.Builder(p.url()).date(when)
                        .body(new HttpRequest.Builder("GET", URI.create(p.url()).getPath()).build()).build());
                w.write(new WarcResponse.Builder(p.url()).date(when).recordId(p.id())
                        .body(new HttpResponse.Builder(200, "OK")
                                .body(MediaType.parse("text/html; charset=utf-8"), p.html().getBytes(StandardCharsets.UTF_8)).build())
                        .build());
                if (i == 0) {
                    w.write(new WarcResponse.Builder(p.url() + "/photo.jpg").date(when)
                            .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2}).build())
                            .build());
                    w.write(new WarcResponse.Builder(p.url() + "-old").date(when)
                            .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML, "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)).build())
                            .build());
                }
                if (i == badAfter) {
                    w.write(new WarcResponse.Builder(p.url() + "-broken").date(when)
                            .body(MediaType.HTTP_RESPONSE, "this is no HTTP response\r\n\r\n".getBytes(StandardCharsets.UTF_8)).build());
                }
            }
        }
    }
}
