package org.casualtyledger.ingest.extract;

import java.util.List;

/** A rule over the whole report, once every sentence is read: links the drafts of different sentences. */
interface ReportRule extends ReadingRule {

    void apply(List<Draft> drafts, List<Token> tokens);
}
