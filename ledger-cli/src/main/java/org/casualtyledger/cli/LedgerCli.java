package org.casualtyledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ./ledger ingest, tally, sources and reextract: the gateway's answers as tables. */
public final class LedgerCli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String gateway;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LedgerCli(String gateway, String apiKey) {
        this.gateway = gateway.replaceAll("/+$", "");
        this.apiKey = apiKey;
    }

    public static void main(String[] args) throws Exception {
        String gateway = System.getenv().getOrDefault("LEDGER_GATEWAY_URL", "http://localhost:8080");
        LedgerCli cli = new LedgerCli(gateway, System.getenv().getOrDefault("LEDGER_API_KEY", ""));
        Options options = Options.parse(args);
        try {
            System.exit(cli.run(options));
        } catch (IOException e) {
            System.err.println("ledger: " + e.getMessage());
            System.exit(1);
        }
    }

    int run(Options options) throws IOException, InterruptedException {
        return switch (options.command()) {
            case "ingest" -> ingest(options);
            case "tally" -> tally(options);
            case "sources" -> new SourcesCommand(this::call).run(options);
            case "reextract" -> new ReextractCommand(this::call, System.out, Duration.ofSeconds(1)).run(options);
            default -> {
                System.err.println("unknown command " + options.command());
                yield 2;
            }
        };
    }

    int ingest(Options options) throws IOException, InterruptedException {
        if (options.positional().isEmpty()) {
            System.err.println("usage: ./ledger ingest FILE... [--source NAME] [--published YYYY-MM-DD]");
            return 2;
        }
        int failures = 0;
        for (String file : options.positional()) {
            Path path = Path.of(file);
            if (!Files.isReadable(path)) {
                System.err.println(file + ": cannot read the file");
                failures++;
                continue;
            }
            Map<String, String> query = new LinkedHashMap<>();
            query.put("source", options.value("source", "local"));
            query.put("title", path.getFileName().toString());
            query.put("publishedAt", options.value("published", null));
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/reports", query))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(Files.readString(path))));
            if (response.statusCode() >= 300) {
                failures++;
                printProblem(file, response);
                continue;
            }
            printIngest(file, JSON.readTree(response.body()));
        }
        return failures == 0 ? 0 : 1;
    }

    int tally(Options options) throws IOException, InterruptedException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("group", options.value("group", null));
        query.put("outcome", options.value("outcome", null));
        query.put("from", options.value("from", null));
        query.put("to", options.value("to", null));
        query.put("source", options.value("source", null));
        query.put("groupBy", options.value("group-by", "group,outcome"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/tallies", query)).GET());
        if (response.statusCode() >= 300) {
            printProblem("tally", response);
            return 1;
        }
        JsonNode body = JSON.readTree(response.body());
        JsonNode rows = body.isArray() ? body : body.path("items");
        if (!rows.isArray()) {
            System.out.println(body.toPrettyString());
            return 0;
        }
        System.out.print(rowsTable(rows).render());
        System.out.println(rows.size() + " row(s)");
        return 0;
    }

    private static void printIngest(String file, JsonNode result) {
        JsonNode report = result.path("report");
        JsonNode claims = result.path("claims");
        System.out.printf("%s: report %s (%s), %d claim(s)%n", file, report.path("id").asText(),
                result.path("created").asBoolean() ? "stored" : "already stored", claims.size());
        Table table = new Table(List.of("#", "outcome", "group", "subgroup", "low", "best", "high", "qualifier",
                "scope", "period", "place", "role", "rule", "evidence"));
        int n = 1;
        for (JsonNode claim : claims) {
            JsonNode count = claim.path("count");
            table.add(List.of(Integer.toString(n++), text(claim, "outcome"), text(claim, "group"), text(claim, "subgroup"),
                    text(count, "low"), text(count, "best"), text(count, "high"), text(count, "qualifier"),
                    text(claim, "scope"), period(claim), text(claim.path("location"), "asWritten"), role(claim),
                    text(claim, "rule"), evidence(claim)));
        }
        System.out.print(table.render());
        System.out.println();
    }

    /** A row's "key" object becomes leading columns; a nested range reads low/best/high, a list its size. */
    static Table rowsTable(JsonNode rows) {
        Set<String> keyColumns = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode row : rows) {
            row.path("key").fieldNames().forEachRemaining(keyColumns::add);
            row.fieldNames().forEachRemaining(name -> {
                if (!name.equals("key")) {
                    columns.add(name);
                }
            });
        }
        List<String> headers = new ArrayList<>(keyColumns);
        headers.addAll(columns);
        Table table = new Table(headers);
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>();
            keyColumns.forEach(column -> cells.add(text(row.path("key"), column)));
            columns.forEach(column -> cells.add(cell(row.path(column))));
            table.add(cells);
        }
        return table;
    }

    private static String cell(JsonNode value) {
        if (value.isArray()) {
            return value.isEmpty() ? "" : value.size() + " item(s)";
        }
        if (value.isObject()) {
            return value.has("best") ? value.path("low").asText() + "/" + value.path("best").asText() + "/" + value.path("high").asText("") : value.toString();
        }
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    private static String role(JsonNode claim) {
        if (!claim.path("parentId").isMissingNode() && !claim.path("parentId").isNull()) {
            return "part of " + shortId(claim.path("parentId").asText());
        }
        if (!claim.path("restates").isMissingNode() && !claim.path("restates").isNull()) {
            return "repeats " + shortId(claim.path("restates").asText());
        }
        return shortId(claim.path("id").asText());
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    private static String period(JsonNode claim) {
        String start = text(claim, "periodStart");
        String end = text(claim, "periodEnd");
        if (start.isEmpty() && end.isEmpty()) {
            return "";
        }
        return start.equals(end) ? start : start + ".." + end;
    }

    private static String evidence(JsonNode claim) {
        JsonNode evidence = claim.path("evidence");
        return evidence.path("start").asInt() + "-" + evidence.path("end").asInt() + " " + evidence.path("sentence").asText("");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    private static void printProblem(String what, HttpResponse<String> response) {
        problem(what, response.statusCode(), response.body());
    }

    /** Prints a problem answer on stderr and gives the exit code for it. */
    static int problem(String what, int status, String body) {
        String detail = body;
        try {
            JsonNode problem = JSON.readTree(body);
            detail = problem.path("title").asText("") + ": " + problem.path("detail").asText(body);
        } catch (IOException notJson) {
            // Print the body as it came.
        }
        System.err.printf("%s: HTTP %d %s%n", what, status, detail);
        return 1;
    }

    private SourcesCommand.Answer call(String method, String path, String jsonBody) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path, Map.of()))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = send(request);
        return new SourcesCommand.Answer(response.statusCode(), response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(150)).header("Accept", "application/json");
        if (!apiKey.isEmpty()) {
            request.header("X-API-Key", apiKey);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new IOException("the gateway at " + gateway + " does not answer: is the stack up (./ledger up)?");
        }
    }

    private URI uri(String path, Map<String, String> query) {
        StringBuilder uri = new StringBuilder(gateway).append(path);
        char separator = '?';
        for (Map.Entry<String, String> entry : query.entrySet()) {
            if (entry.getValue() != null && !entry.getValue().isBlank()) {
                uri.append(separator).append(entry.getKey()).append('=')
                        .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return URI.create(uri.toString());
    }

    /** The command, its --name value options and its positional arguments. */
    record Options(String command, Map<String, String> named, List<String> positional) {
        static Options parse(String[] args) {
            if (args.length == 0) {
                return new Options("", Map.of(), List.of());
            }
            Map<String, String> named = new LinkedHashMap<>();
            List<String> positional = new ArrayList<>();
            Iterator<String> it = List.of(args).subList(1, args.length).iterator();
            while (it.hasNext()) {
                String arg = it.next();
                if (arg.startsWith("--")) {
                    String name = arg.substring(2);
                    int eq = name.indexOf('=');
                    if (eq > 0) {
                        named.put(name.substring(0, eq), name.substring(eq + 1));
                    } else {
                        named.put(name, it.hasNext() ? it.next() : "");
                    }
                } else {
                    positional.add(arg);
                }
            }
            return new Options(args[0], named, positional);
        }

        String value(String name, String defaultValue) {
            return named.getOrDefault(name, defaultValue);
        }
    }
}
