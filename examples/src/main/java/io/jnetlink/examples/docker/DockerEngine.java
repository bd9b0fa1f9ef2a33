package io.jnetlink.examples.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnetlink.examples.cli.CommandFailure;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Docker Engine API over the daemon's unix socket ({@code DOCKER_HOST=unix://...}, default
 * {@code unix:///var/run/docker.sock}) or over plain TCP ({@code DOCKER_HOST=tcp://HOST[:PORT]},
 * port 2375 when left out, as the docker CLI). Failures read as the docker CLI prints them.
 */
public final class DockerEngine {
    /** The daemon address the docker CLI uses when {@code DOCKER_HOST} is unset. */
    public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    private static final String UNIX_SCHEME = "unix://";
    private static final String TCP_SCHEME = "tcp://";
    /** The docker CLI's port for a {@code tcp://} host without one (the daemon's plain-HTTP port). */
    private static final int DEFAULT_TCP_PORT = 2375;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String host;
    private final EngineHttpClient http;

    private DockerEngine(String host, EngineHttpClient http) {
        this.host = host;
        this.http = http;
    }

    /** The daemon {@code DOCKER_HOST} in {@code env} names, or the default socket. */
    public static DockerEngine fromEnvironment(Map<String, String> env) {
        String host = env.getOrDefault("DOCKER_HOST", "");
        if (host.isEmpty()) {
            host = DEFAULT_HOST;
        }
        if (host.startsWith(UNIX_SCHEME) && host.length() > UNIX_SCHEME.length()) {
            return new DockerEngine(host, EngineHttpClient.unix(new File(host.substring(UNIX_SCHEME.length()))));
        }
        if (host.startsWith(TCP_SCHEME)) {
            return tcp(host);
        }
        throw new CommandFailure("DOCKER_HOST \"" + host
                + "\" is not supported: only unix:///path/to/socket and tcp://HOST[:PORT] are", 1);
    }

    private static DockerEngine tcp(String given) {
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            throw new CommandFailure("DOCKER_HOST \"" + given + "\" is not a valid address: " + e.getReason(), 1);
        }
        String hostName = uri.getHost();
        String path = uri.getRawPath();
        if (hostName == null || uri.getUserInfo() != null || uri.getRawQuery() != null
                || path != null && !path.isEmpty() && !path.equals("/")) {
            throw new CommandFailure("DOCKER_HOST \"" + given + "\" is not supported: tcp://HOST[:PORT] is", 1);
        }
        int port = uri.getPort() < 0 ? DEFAULT_TCP_PORT : uri.getPort();
        return new DockerEngine(TCP_SCHEME + hostName + ":" + port, EngineHttpClient.tcp(hostName, port));
    }

    /** The daemon address, as given. */
    public String host() {
        return host;
    }

    /** {@code GET /networks}: the daemon's JSON array of networks, raw. */
    public byte[] networksJson() {
        return require(get("/networks"), "networks");
    }

    /** {@code GET /networks/NAME}: the daemon's JSON for one network, raw; empty when there is none. */
    public Optional<byte[]> networkJson(String idOrName) {
        return get("/networks/" + encode(idOrName));
    }

    /**
     * {@code GET /networks/REF}, parsed: the daemon resolves a name, a full id or a unique id prefix,
     * as {@code docker network inspect} does; empty when there is no such network.
     */
    public Optional<JsonNode> network(String reference) {
        return networkJson(reference).map(DockerEngine::parse);
    }

    /**
     * The network namespace file of a container ({@code .NetworkSettings.SandboxKey} of
     * {@code GET /containers/NAME/json}); empty when there is no such container or it has none.
     */
    public Optional<String> sandboxKey(String container) {
        return get("/containers/" + encode(container) + "/json")
                .map(DockerEngine::parse)
                .map(json -> json.path("NetworkSettings").path("SandboxKey").asText(""))
                .filter(key -> !key.isEmpty());
    }

    /** Parses JSON from the daemon. */
    static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new CommandFailure("Error: the Docker daemon sent invalid JSON: " + e.getMessage(), 1);
        }
    }

    private Optional<byte[]> get(String target) {
        EngineHttpClient.Response response;
        try {
            response = http.get(target);
        } catch (ConnectException e) {
            String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (reason.contains("permission denied")) {
                throw new CommandFailure("Got permission denied while trying to connect to the Docker daemon socket at "
                        + host + ": connect: permission denied", 1);
            }
            throw new CommandFailure("Cannot connect to the Docker daemon at " + host + ". Is the docker daemon running?", 1);
        } catch (IOException e) {
            throw new CommandFailure("error during connect to " + host + ": " + e.getMessage(), 1);
        }
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() >= 400) {
            throw new CommandFailure("Error response from daemon: " + errorMessage(response), 1);
        }
        return Optional.of(response.body());
    }

    private static byte[] require(Optional<byte[]> body, String what) {
        return body.orElseThrow(() -> new CommandFailure("Error response from daemon: " + what + " not found", 1));
    }

    private static String errorMessage(EngineHttpClient.Response response) {
        try {
            JsonNode message = JSON.readTree(response.body()).get("message");
            if (message != null && message.isTextual()) {
                return message.asText();
            }
        } catch (IOException e) {
            // Not JSON: show the body as text below.
        }
        return response.bodyText().trim();
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
