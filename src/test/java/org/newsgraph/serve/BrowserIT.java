package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/**
 * What a person sees: Debian's headless Chromium opens pages of the running server and the test reads the
 * DOM after scripts ran. Skipped when {@value #CHROMIUM} is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
    static final String CHROMIUM = "/usr/bin/chromium";

    @TempDir
    static Path dir;

    Store store;
    NewsgraphServer server;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)), CHROMIUM + " is not installed");
        store = Samples.ingest(dir);
        server = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start();
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    /** The DOM Chromium ends with after loading the page and running its scripts. */
    String dumpDom(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                // Lets the page's own requests (the UI fetches /$/server) finish before the dump.
                "--virtual-time-budget=10000", "--dump-dom", url));
        Path out = dir.resolve("dom-" + System.nanoTime() + ".html");
        Path err = dir.resolve("chromium-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("chromium did not finish: " + Files.readString(err));
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(err));
        return dom;
    }

    @Test
    void aPersonsPageShowsTheNameAndMeetingRows() throws Exception {
        String dom = dumpDom(server.localUrl(LinkedDataIT.PERSON));
        assertTrue(dom.contains("<h1>" + LinkedDataIT.NAME + "</h1>"), dom);
        Matcher rows = Pattern.compile("<tr class=\"meeting\">").matcher(dom);
        int n = 0;
        while (rows.find()) n++;
        assertTrue(n >= 1, "meeting rows: " + dom);
        assertTrue(dom.contains(LinkedDataIT.MEETING_DATE), dom);
        assertTrue(dom.contains(LinkedDataIT.OTHER), dom);
        assertTrue(dom.contains(LinkedDataIT.EVIDENCE_START), dom);
    }

    @Test
    void theIndexListsPeople() throws Exception {
        String dom = dumpDom(server.linkedDataUrl());
        assertTrue(dom.contains(LinkedDataIT.NAME), dom);
    }

    @Test
    void fusekiUiShowsTheDataset() throws Exception {
        String dom = dumpDom(server.rootUrl());
        // The UI builds its page with scripts: the dataset name shows only once it has read /$/server.
        assertTrue(dom.contains("/newsgraph"), dom);
    }
}
