package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * A rule of the reading, as {@link ReadingPipeline} lists it: the rule name a claim carries in {@code Claim.rule()}
 * (or on the Javadoc Rule line of the code it runs), an example sentence, and the finer rule names the code it runs
 * gives or documents.
 */
interface ReadingRule {

    String name();

    String example();

    /** The finer rule names this rule gives ({@code Draft.rule} values, prefixes) or documents, beyond its own. */
    default List<String> alsoNames() {
        return List.of();
    }
}
