package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One probe of a container ({@code readinessProbe}, {@code livenessProbe} or {@code startupProbe}) and
 * what it calls. Kubernetes takes exactly one handler: {@code httpGet}, {@code grpc}, {@code exec} or
 * {@code tcpSocket}; any of them is a probe.
 *
 * @param field   {@code readinessProbe}
 * @param node    the probe's node (missing when there is none)
 * @param pointer the JSON Pointer of the probe's node
 */
record Probe(String field, JsonNode node, String pointer) {

    static final List<String> HANDLERS = List.of("httpGet", "grpc", "exec", "tcpSocket");

    static Probe of(Workload.Container container, String field) {
        return new Probe(field, container.node().path(field), container.pointer() + "/" + field);
    }

    boolean present() {
        return node.isObject();
    }

    /** Whether it names a handler, without which the API server rejects it. */
    boolean hasHandler() {
        return HANDLERS.stream().anyMatch(node::has);
    }

    /**
     * The pointer of the node that makes this probe call {@code path}: an {@code httpGet} on that path
     * (a query string and a trailing {@code /} aside; no path is {@code /}), or an {@code exec} command
     * with a URL on it ({@code curl -f http://localhost:8080/health}).
     */
    Optional<String> calls(String path) {
        String wanted = bare(path);
        JsonNode httpGet = node.path("httpGet");
        if (httpGet.isObject()) {
            String probed = httpGet.path("path").asText("/");
            return bare(probed).equals(wanted) ? Optional.of(pointer + "/httpGet" + (httpGet.has("path") ? "/path" : ""))
                    : Optional.empty();
        }
        JsonNode command = node.path("exec").path("command");
        Pattern url = Pattern.compile("(?<=[A-Za-z0-9\\]])" + Pattern.quote(wanted) + "/?(?=$|[?#\\s'\"])");
        for (int i = 0; i < command.size(); i++) {
            if (url.matcher(command.get(i).asText("")).find()) {
                return Optional.of(pointer + "/exec/command/" + i);
            }
        }
        return Optional.empty();
    }

    private static String bare(String path) {
        int query = path.indexOf('?');
        String withoutQuery = query < 0 ? path : path.substring(0, query);
        return withoutQuery.length() > 1 && withoutQuery.endsWith("/")
                ? withoutQuery.substring(0, withoutQuery.length() - 1) : withoutQuery;
    }
}
