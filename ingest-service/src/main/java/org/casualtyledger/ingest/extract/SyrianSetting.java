package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "syrian-setting": a bulletin of a monitor of the war in Syria ("the Syrian Observatory for Human Rights said
 * three soldiers were killed") counts the state's soldiers, police and guards as the regime's forces even where it
 * does not name the regime; soldiers of another state carry their nationality ("Turkish soldiers").
 */
final class SyrianSetting {

    static final String NAME = "syrian-setting";
    /** Names of monitors of the war in Syria, as one word or as the word after "Syrian": "SOHR", "Syrian Observatory". */
    private static final Set<String> MONITORS = WordList.of("syrian-monitors");

    private SyrianSetting() {
    }

    static boolean monitorNamed(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (MONITORS.contains(t.lower()) && (t.acronym() || i > 0 && tokens.get(i - 1).is("syrian"))) {
                return true;
            }
        }
        return false;
    }
}
