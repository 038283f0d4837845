package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The demo as the README runs it: the packaged jar ingests the bundled samples, serves them and prints who met whom. */
class DemoIT {

    @Test
    void demoIngestsTheSamplesServesThemAndPrintsWhoMetWhom() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", Path.of("target", "newsgraph.jar").toString(), "demo", "--port", String.valueOf(port)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // stdout is read on its own thread so that a silent demo fails the test instead of hanging it
            StringBuffer seen = new StringBuffer();
            java.util.concurrent.CountDownLatch served = new java.util.concurrent.CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    int borders = 0;
                    while ((line = out.readLine()) != null) {
                        seen.append(line).append('\n');
                        // the who-met-whom table is printed between two border lines of dashes
                        if (line.startsWith("---") && ++borders == 2) served.countDown();
                    }
                } catch (java.io.IOException e) {
                    // the process ended
                }
                served.countDown();
            });
            reader.setDaemon(true);
            reader.start();
            assertTrue(served.await(180, TimeUnit.SECONDS), "the demo printed no who-met-whom table in time: " + seen);
            String text = seen.toString();
            assertTrue(text.contains("http://localhost:" + port + "/newsgraph"), text);
            // a meeting the samples tell in two articles, with both sources
            assertTrue(text.contains("Ingrid Solberg-Haugen") && text.contains("David Kiprono Mwangi"), text);
            assertTrue(text.contains("2026-03-03"), text);

            String ask = "PREFIX ng: <https://w3id.org/newsgraph/ns#> "
                    + "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ng:Meeting ; ng:status ng:Happened }";
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/newsgraph/sparql?query="
                            + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            int n = Integer.parseInt(r.body().replaceAll("(?s).*\"value\"\\s*:\\s*\"(\\d+)\".*", "$1"));
            assertTrue(n >= 10, r.body());
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }
}
