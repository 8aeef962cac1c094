package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * The stages and rules of {@link ReadingPipeline} as a Markdown table, the one in ingest-service/README.md. Its main
 * prints it; the extractor's tests compare it with the README.
 */
final class RuleTable {

    private RuleTable() {
    }

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("| stage | reads |\n|---|---|\n");
        for (Stage stage : Stage.values()) {
            out.append("| ").append(stage.label).append(" | ").append(stage.reads).append(" |\n");
        }
        out.append("\n| # | level | stage | rule | also names | example | class |\n|---|---|---|---|---|---|---|\n");
        int n = 0;
        for (ReadingPipeline.Step<SentenceRule> step : ReadingPipeline.SENTENCE) {
            row(out, ++n, "sentence", step);
        }
        for (ReadingPipeline.Step<ReportRule> step : ReadingPipeline.REPORT) {
            row(out, ++n, "report", step);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, int n, String level, ReadingPipeline.Step<?> step) {
        ReadingRule rule = step.rule();
        List<String> also = rule.alsoNames();
        out.append("| ").append(n).append(" | ").append(level).append(" | ").append(step.stage().label)
                .append(" | `").append(rule.name()).append("` | ")
                .append(also.isEmpty() ? "" : "`" + String.join("`, `", also) + "`")
                .append(" | \"").append(rule.example().replace("|", "\\|")).append("\" | `")
                .append(rule.getClass().getName().substring(RuleTable.class.getPackageName().length() + 1).replace('$', '.')).append("` |\n");
    }

    public static void main(String[] args) {
        System.out.print(render());
    }
}
