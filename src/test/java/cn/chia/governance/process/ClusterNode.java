package cn.chia.governance.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One node of the application: the packaged jar in a process of its own, driven over HTTP as the users are. */
final class ClusterNode implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private ClusterNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ClusterNode start(String name, Path jar, List<String> settings) throws IOException {
        int port = freePort();
        Path log = Path.of("target", "cluster", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "--server.port=" + port,
                // the name in the job log (history) and in pg_stat_activity
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--spring.datasource.hikari.data-source-properties.ApplicationName=" + name));
        settings.forEach(setting -> command.add("--" + setting));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ClusterNode(name, port, process, log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    void awaitUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped; see " + log);
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not start within " + timeout + "; see " + log);
    }

    /** kill -9: no shutdown hook, no graceful end of its jobs or transactions. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** What the node has written so far, standard output and error together. */
    List<String> logLines() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    JsonNode get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    JsonNode post(String user, String path, Object body) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    JsonNode put(String user, String path, Object body) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** The status of a POST, whatever it is. */
    int statusOfPost(String user, String path, Object body) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private JsonNode send(String user, HttpRequest.Builder request) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(name + ": " + user + " " + response.request().method() + " "
                    + response.request().uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
