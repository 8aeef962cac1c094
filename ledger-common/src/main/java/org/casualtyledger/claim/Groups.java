package org.casualtyledger.claim;

import java.util.List;

/** Canonical group names of the domain model (docs/domain-model.md). The list is data: an alias file may name others for another conflict. */
public final class Groups {
    public static final String ISIS = "ISIS";
    public static final String SDF = "SDF";
    public static final String SYRIAN_REGIME = "SYRIAN_REGIME";
    public static final String INTERNATIONAL_COALITION = "INTERNATIONAL_COALITION";
    public static final String TURKISH_BACKED_FACTIONS = "TURKISH_BACKED_FACTIONS";
    public static final String HTS = "HTS";
    public static final String ASAYISH = "ASAYISH";
    public static final String RUSSIAN_FORCES = "RUSSIAN_FORCES";
    public static final String CIVILIANS = "CIVILIANS";
    public static final String PEOPLE = "PEOPLE";
    public static final String DETAINEES = "DETAINEES";
    public static final String FIGHTERS = "FIGHTERS";
    /** A state's soldiers, police and security personnel, when no party of the domain model names them. */
    public static final String SECURITY_FORCES = "SECURITY_FORCES";

    public static final List<String> CANONICAL = List.of(ISIS, SDF, SYRIAN_REGIME, INTERNATIONAL_COALITION,
            TURKISH_BACKED_FACTIONS, HTS, ASAYISH, RUSSIAN_FORCES, CIVILIANS, PEOPLE, DETAINEES, FIGHTERS,
            SECURITY_FORCES);

    private Groups() {
    }
}
