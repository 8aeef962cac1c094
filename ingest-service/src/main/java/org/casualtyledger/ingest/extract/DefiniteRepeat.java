package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.Qualifier;

/**
 * Rule "definite-repeat": "killing 9 civilians ... the number of civilians killed since the beginning of the year has
 * risen to 112, including the 9 civilians killed in Ariha today": a figure told with "the" points back at the same
 * figure told before in the body, so it repeats that telling (and may still be a part of a total).
 */
final class DefiniteRepeat implements ReportRule {

    static final String NAME = "definite-repeat";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String example() {
        return "Shelling killed 9 villagers today ... 112 since the start of the year, including the 9 villagers killed today";
    }

    @Override
    public void apply(List<Draft> drafts, List<Token> tokens) {
        for (int k = 1; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            int at = d.quantity.from();
            if (d.restates != null || d.sentence.headline() || d.count.qualifier() != Qualifier.EXACT || d.quantity.article()
                    || d.value() < 2 || at - 1 < d.sentence.from()
                    || !tokens.get(at - 1).is("the") || at - 2 >= d.sentence.from() && tokens.get(at - 2).is("of")) {
                continue;
            }
            for (int j = k - 1; j >= 0; j--) {
                Draft e = drafts.get(j);
                if (e != d.parent && e.sentence != d.sentence && !e.sentence.headline() && e.value() == d.value()
                        && e.count.qualifier() == Qualifier.EXACT && e.group.equals(d.group)
                        && Restatements.toll(e.outcome) == Restatements.toll(d.outcome)) {
                    d.restates = e.restates != null ? e.restates : e;
                    d.rule = NAME + "-" + d.rule;
                    break;
                }
            }
        }
    }
}
