package org.casualtyledger.ingest.extract;

/**
 * Rule "syrian-party-name": "two fighters of the National Army were killed near Afrin, the Syrian Observatory said":
 * in a bulletin of a monitor of the war in Syria ({@link SyrianSetting}) some short names stand for one Syrian party
 * ("the National Army" is the Turkish-backed Syrian National Army, not the state's soldiers); elsewhere they name
 * nobody in particular ("the Afghan National Army"). Such names are rows of kind {@value #KIND} in
 * {@code en/groups.tsv}.
 */
final class SyrianPartyName {

    static final String NAME = "syrian-party-name";
    /** The kind column of groups.tsv for these names. */
    static final String KIND = "SYRIA";

    private SyrianPartyName() {
    }
}
