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

    /** Keeps a screenshot of a page under target/screenshots, for a person to look at after the run. */
    void screenshot(String url, String name) throws IOException, InterruptedException {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Path profile = Files.createTempDirectory(dir, "chromium-shot");
        Process p = new ProcessBuilder(CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1100,1600",
                "--screenshot=" + shots.resolve(name + ".png").toAbsolutePath(), url)
                .redirectErrorStream(true).redirectOutput(dir.resolve("shot-" + name + ".log").toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(90, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        assertTrue(Files.size(shots.resolve(name + ".png")) > 1000, "screenshot of " + url);
    }

    @Test
    void searchANameOpenThePersonSeeTheTimelineAndNetworkAndFollowAnEdge() throws Exception {
        String search = server.rootUrl() + "search?q=" + java.net.URLEncoder.encode("amara okafor", StandardCharsets.UTF_8);
        String results = dumpDom(search);
        Matcher hit = Pattern.compile("<a href=\"(/id/person/[^\"]+)\">" + Pattern.quote(LinkedDataIT.NAME) + "</a>").matcher(results);
        assertTrue(hit.find(), results);
        screenshot(search, "search");
        String personUrl = server.rootUrl() + hit.group(1).substring(1);
        String person = dumpDom(personUrl);
        screenshot(personUrl, "person");
        Matcher items = Pattern.compile("class=\"tl-item").matcher(person);
        int n = 0;
        while (items.find()) n++;
        assertTrue(n >= 1, "timeline items: " + person);
        assertTrue(person.contains("data-date=\"" + LinkedDataIT.MEETING_DATE + "\""), person);
        Matcher node = Pattern.compile("<a class=\"node-link\" href=\"(/id/person/[^\"]+)\">").matcher(person);
        assertTrue(node.find(), "network nodes: " + person);
        String otherUrl = server.rootUrl() + node.group(1).substring(1);
        String other = dumpDom(otherUrl);
        screenshot(otherUrl, "neighbor");
        // The neighbor's own network leads back to the person.
        assertTrue(other.contains("href=\"" + hit.group(1) + "\""), other);
        assertTrue(other.contains("class=\"tl-item"), other);
    }
}
