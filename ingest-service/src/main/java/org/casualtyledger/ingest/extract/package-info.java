/**
 * Claim extraction: every casualty figure of a report as a {@link org.casualtyledger.claim.Claim}, in plain Java.
 *
 * <p>The reading is {@link org.casualtyledger.ingest.extract.ReadingPipeline}: {@link
 * org.casualtyledger.ingest.extract.Tokenizer} and {@link org.casualtyledger.ingest.extract.SentenceSplitter} (headline
 * lines marked), then per sentence the {@link org.casualtyledger.ingest.extract.SentenceRule}s and per report the
 * {@link org.casualtyledger.ingest.extract.ReportRule}s, each in its stage, in the order they run. The table of stages and
 * rules, with every rule name a claim may carry in {@code Claim.rule()}, is in ingest-service/README.md (generated from
 * the pipeline and checked against it by ReadingPipelineTest); what each kind of rule reads, and the conventions they
 * share (vague amounts, qualifiers, running totals, groups), is in docs/reading-rules.md. Word lists are data files
 * under {@code extract/en/} on the classpath (the rules' word lists in {@code extract/en/words/}); the gazetteer
 * (gazetteer-sy.tsv) carries its attribution.
 *
 * <p>Limits: texts are read up to {@link org.casualtyledger.ingest.extract.ClaimExtractor#MAX_TEXT_CHARS}; clause
 * windows are bounded, so the work is linear in the text; evidence sentences longer than 1,200 characters are cut
 * to a window around the claim.
 */
package org.casualtyledger.ingest.extract;
