package org.casualtyledger.ingest.extract;

/** The stages of the reading; {@link ReadingPipeline} lists their rules in the order they run. */
enum Stage {
    STRUCTURE("structure", "headline lines, paragraphs, bulleted and numbered lists under an introducing sentence"),
    FIGURES("figures", "numbers that count people, and the people counted without a number"),
    OUTCOME("outcome", "what happened to the people counted; the figure rule also sets each figure's breakdown parent, "
            + "group and perpetrator, figure by figure"),
    GROUP("group", "who is counted: read per figure by the outcome stage's figure rule (names listed there)"),
    BREAKDOWN_AND_SCOPE("breakdown and scope", "parts of a total, running totals and their periods"),
    RESTATEMENT("restatement", "headlines, repeats, updates and figures published before: one toll counted once"),
    PLACE_AND_DATE("place and date", "the nearest place of the gazetteer, the date of an incident");

    final String label;
    final String reads;

    Stage(String label, String reads) {
        this.label = label;
        this.reads = reads;
    }
}
