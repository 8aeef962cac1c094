package org.casualtyledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/** ./ledger sources add|list|poll: the feeds the ledger follows. */
final class SourcesCommand {
    static final String USAGE = "usage: ./ledger sources add NAME FEED_URL [--every PT15M] [--language en] [--selector CSS]\n"
            + "       ./ledger sources list\n"
            + "       ./ledger sources poll NAME";
    private static final ObjectMapper JSON = new ObjectMapper();

    interface Gateway {
        /** The answer's status and body, or an IOException when the gateway does not answer. */
        Answer call(String method, String path, String jsonBody) throws IOException, InterruptedException;
    }

    record Answer(int status, String body) {
    }

    private final Gateway gateway;

    SourcesCommand(Gateway gateway) {
        this.gateway = gateway;
    }

    int run(LedgerCli.Options options) throws IOException, InterruptedException {
        List<String> args = options.positional();
        String sub = args.isEmpty() ? "" : args.get(0);
        if (sub.equals("list") && args.size() == 1) {
            return list();
        }
        if (sub.equals("add") && args.size() == 3) {
            ObjectNode source = JSON.createObjectNode().put("name", args.get(1)).put("feedUrl", args.get(2))
                    .put("pollEvery", options.value("every", "PT15M")).put("language", options.value("language", "en"));
            if (options.value("selector", null) != null) {
                source.put("bodySelector", options.value("selector", null));
            }
            return show("add " + args.get(1), gateway.call("POST", "/api/v1/sources", source.toString()));
        }
        if (sub.equals("poll") && args.size() == 2) {
            return show("poll " + args.get(1), gateway.call("POST", "/api/v1/sources/" + pathSegment(args.get(1)) + "/poll", null));
        }
        System.err.println(USAGE);
        return 2;
    }

    private int list() throws IOException, InterruptedException {
        Answer answer = gateway.call("GET", "/api/v1/sources", null);
        if (answer.status() >= 300) {
            return LedgerCli.problem("sources", answer.status(), answer.body());
        }
        JsonNode sources = JSON.readTree(answer.body());
        System.out.print(table(sources).render());
        System.out.println(sources.size() + " source(s)");
        return 0;
    }

    private static int show(String what, Answer answer) throws IOException {
        if (answer.status() >= 300) {
            return LedgerCli.problem(what, answer.status(), answer.body());
        }
        JsonNode source = JSON.readTree(answer.body());
        System.out.print(table(JSON.createArrayNode().add(source)).render());
        for (JsonNode item : source.path("itemErrors")) {
            System.out.println("item " + item.path("url").asText() + ": " + item.path("error").asText());
        }
        return 0;
    }

    static Table table(JsonNode sources) {
        Table table = new Table(List.of("name", "enabled", "every", "items", "reports", "last success", "next poll", "last error", "feed"));
        for (JsonNode s : sources) {
            table.add(List.of(s.path("name").asText(), s.path("enabled").asText(), s.path("pollEvery").asText(),
                    s.path("itemsSeen").asText("0"), s.path("reportsStored").asText("0"), s.path("lastSuccessAt").asText("never"),
                    s.path("nextPollAt").asText(""), s.path("lastError").asText(""), s.path("feedUrl").asText()));
        }
        return table;
    }

    private static String pathSegment(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
