package org.casualtyledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * ./ledger reextract: reads stored reports again with the current extractor and follows the job with a progress bar
 * until it finishes or is cancelled; {@code --cancel ID} cancels a running job.
 */
final class ReextractCommand {
    static final String USAGE = "usage: ./ledger reextract [--source S] [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
            + "[--older-than VERSION] [--not-current true] | --cancel ID";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BAR = 30;

    private final SourcesCommand.Gateway gateway;
    private final PrintStream out;
    private final Duration pause;

    ReextractCommand(SourcesCommand.Gateway gateway, PrintStream out, Duration pause) {
        this.gateway = gateway;
        this.out = out;
        this.pause = pause;
    }

    int run(LedgerCli.Options options) throws IOException, InterruptedException {
        if (!options.positional().isEmpty()) {
            System.err.println(USAGE);
            return 2;
        }
        String cancel = options.value("cancel", null);
        if (cancel != null) {
            return cancel(cancel);
        }
        SourcesCommand.Answer started = gateway.call("POST", "/api/v1/reports/reextract", filter(options).toString());
        if (started.status() >= 300) {
            return LedgerCli.problem("reextract", started.status(), started.body());
        }
        JsonNode job = JSON.readTree(started.body());
        long id = job.path("id").asLong();
        out.printf("re-extraction %d with %s: %d report(s)%n", id, job.path("extractorVersion").asText(), job.path("total").asInt());
        while ("RUNNING".equals(job.path("state").asText())) {
            out.print("\r" + bar(job));
            Thread.sleep(pause.toMillis());
            SourcesCommand.Answer answer = gateway.call("GET", "/api/v1/reextractions/" + id, null);
            if (answer.status() >= 300) {
                out.println();
                return LedgerCli.problem("reextraction " + id, answer.status(), answer.body());
            }
            job = JSON.readTree(answer.body());
        }
        out.println("\r" + bar(job));
        for (JsonNode failure : job.path("failures")) {
            out.println("not read: " + failure.path("reportId").asText() + ": " + failure.path("reason").asText());
        }
        if ("CANCELLED".equals(job.path("state").asText())) {
            out.println("re-extraction " + id + " was cancelled");
            return 1;
        }
        return job.path("failed").asInt() == 0 ? 0 : 1;
    }

    private int cancel(String id) throws IOException, InterruptedException {
        SourcesCommand.Answer answer = gateway.call("DELETE", "/api/v1/reextractions/" + id, null);
        if (answer.status() >= 300) {
            return LedgerCli.problem("cancel reextraction " + id, answer.status(), answer.body());
        }
        JsonNode job = JSON.readTree(answer.body());
        out.println(bar(job) + ": cancelled");
        return 0;
    }

    static ObjectNode filter(LedgerCli.Options options) {
        ObjectNode filter = JSON.createObjectNode();
        put(filter, "source", options.value("source", null));
        put(filter, "publishedFrom", options.value("from", null));
        put(filter, "publishedTo", options.value("to", null));
        put(filter, "olderThan", options.value("older-than", null));
        if (Boolean.parseBoolean(options.value("not-current", "false"))) {
            filter.put("notCurrent", true);
        }
        return filter;
    }

    /** [##########----------] 480/1200 done, 2 failed, 37 changed */
    static String bar(JsonNode job) {
        int total = job.path("total").asInt();
        int tried = job.path("done").asInt() + job.path("failed").asInt();
        int filled = total == 0 ? BAR : (int) ((long) BAR * tried / total);
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + tried + "/" + total + " read, "
                + job.path("failed").asInt() + " failed, " + job.path("changed").asInt() + " changed";
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
