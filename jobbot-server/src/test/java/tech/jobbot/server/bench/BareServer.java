package tech.jobbot.server.bench;

import io.helidon.webserver.WebServer;

/**
 * The ceiling for start-up: a bare Helidon SE server with one JSON endpoint, started the way
 * Jobbot's is (same classpath, same JVM), answering {@code GET /observe/health} once it listens.
 */
public final class BareServer {
    private BareServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        // No feature discovery: the class path holds Helidon's health and metrics observers, which
        // Jobbot sets up explicitly and a bare server would otherwise load too.
        WebServer.builder().port(port).host("127.0.0.1").featuresDiscoverServices(false)
                .routing(r -> r.get("/observe/health", (req, res) -> {
                    res.header("Content-Type", "application/json");
                    res.send("{\"status\":\"UP\"}");
                })).build().start();
    }
}
