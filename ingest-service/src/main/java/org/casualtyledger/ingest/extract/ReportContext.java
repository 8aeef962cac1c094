package org.casualtyledger.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the report has said so far: where each party was first named, for coreference ("the organization"). */
final class ReportContext {

    private final Map<String, Integer> firstNamed = new HashMap<>();
    private final List<Token> tokens;
    private Boolean syrianMonitor;

    ReportContext(Lexicon lexicon, List<Token> tokens) {
        this.tokens = tokens;
        List<PhraseTable.Match<GroupAlias>> mentions = lexicon.groups.findAll(tokens, 0, tokens.size());
        for (PhraseTable.Match<GroupAlias> m : mentions) {
            GroupAlias alias = m.value();
            boolean spelled = alias.exactSpelling() == null || tokens.get(m.from()).written(alias.exactSpelling());
            if (!alias.coreferent() && !alias.syrian() && spelled) {
                firstNamed.putIfAbsent(alias.group(), tokens.get(m.from()).start());
            }
        }
    }

    boolean named(String group, int beforeOffset) {
        Integer at = firstNamed.get(group);
        return at != null && at < beforeOffset;
    }

    /** A report about one party names it anywhere, so a headline may use "the organization" before the body names it. */
    boolean namedAnywhere(String group) {
        return firstNamed.containsKey(group);
    }

    /** The report is a bulletin of a monitor of the war in Syria ({@link SyrianSetting}); read once, when first asked. */
    boolean syrianMonitor() {
        if (syrianMonitor == null) {
            syrianMonitor = SyrianSetting.monitorNamed(tokens);
        }
        return syrianMonitor;
    }
}
