package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Groups;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who the victims were: security forces, fighters, civilians and people. Sentences written for this project. */
class VictimGroupsTest extends ExtractorTest {

    VictimGroupsTest() {
        super("r-victim-groups", LocalDate.of(2019, 6, 14));
    }

    private Claim figure(List<Claim> claims, long value, Outcome outcome) {
        return claims.stream().filter(c -> c.count().value() == value && c.outcome() == outcome).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " " + outcome + " in " + claims));
    }

    private Claim parentOf(List<Claim> claims, Claim child) {
        assertNotNull(child.parentId(), child + " is no breakdown");
        return claims.stream().filter(c -> c.id().equals(child.parentId())).findFirst().orElseThrow();
    }

    /**
     * Rule "ranks-party": a figure that names nobody counts the party it is "among" or "in the ranks of", also when
     * the party closes a pair of figures.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The cells struck a convoy in the desert, leaving 6 dead among the regime forces.|6|KILLED|SYRIAN_REGIME",
            "The shelling caused the death of 4 and the injury of 9 in the ranks of the SDF.|4|KILLED|SDF",
            "The shelling caused the death of 4 and the injury of 9 in the ranks of the SDF.|9|INJURED|SDF",
            "The ambush left 5 dead and 7 injured among the fighters of ISIS.|5|KILLED|ISIS",
            "The number of dead among the members of the Turkish-backed factions rose to 13.|13|KILLED|TURKISH_BACKED_FACTIONS",
            "The raid left 3 dead among the civilians of the village.|3|KILLED|CIVILIANS"})
    void aFigureAmongAPartyCountsItsMembers(String text, long value, Outcome outcome, String group) {
        assertEquals(group, figure(read(text), value, outcome).group());
    }

    /**
     * Rule "possessor-party": "their" or "its" members are of the party named last before them in the sentence, the
     * subject included.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Idlib – SOHR: Gunmen stormed two posts of the SDF and killed 5 of their members near the bridge.|5|KILLED|SDF",
            "Hama – SOHR: The regime forces executed 4 of their own members for desertion.|4|EXECUTED|SYRIAN_REGIME",
            "Raqqa – SOHR: The drone struck a car of ISIS, killing 3 of its fighters.|3|KILLED|ISIS"})
    void theirMembersAreOfThePartyNamedBefore(String text, long value, Outcome outcome, String group) {
        assertEquals(group, figure(read(text), value, outcome).group());
    }

    /** Names a monitor of the war in Syria gives its parties in other words ("government forces", "Kurdish fighters"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Syrian Observatory for Human Rights: 6 members of the government forces were killed near the airport.|SYRIAN_REGIME",
            "The Syrian Observatory for Human Rights: 4 Kurdish fighters were killed by a drone near the border.|SDF",
            "The Syrian Observatory for Human Rights: 3 members of Turkey's proxies were killed in shelling on the village.|TURKISH_BACKED_FACTIONS",
            "The Syrian Observatory for Human Rights: 2 US soldiers were injured in a drone attack on the base.|INTERNATIONAL_COALITION"})
    void syrianPartiesByOtherNames(String text, String group) {
        List<Claim> claims = read(text);
        assertEquals(group, claims.stream().findFirst().orElseThrow(() -> new AssertionError(text)).group(), claims.toString());
    }

    /**
     * Rule "of-them-named": "of them" with no figure before it takes the people or the party named last before it,
     * never the subject that acted on them nor people of no side.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Homs – SOHR: The cells ambushed a bus carrying members of the NDF in the desert, leaving 7 of them dead.|7|SYRIAN_REGIME",
            "Daraa – SOHR: Gunmen fired on a minibus carrying farm workers, killing 3 of them.|3|CIVILIANS",
            "Daraa – SOHR: Gunmen fired on a minibus carrying 6 people, killing 3 of them.|3|PEOPLE",
            "Raqqa – SOHR: The SDF stormed hideouts of ISIS in the desert, killing 4 of them.|4|ISIS"})
    void ofThemTakesThePeopleNamedBefore(String text, long value, String group) {
        assertEquals(group, figure(read(text), value, Outcome.KILLED).group());
    }

    /** A civilian man is a civilian, and so are the members of one family (rule "family-members"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A civilian man died of his wounds in the hospital of the town.",
            "Two civilian men were shot dead at the edge of the village.",
            "The shelling killed 4 members of the same family in the old quarter."})
    void aCivilianManIsACivilian(String text) {
        List<Claim> claims = read(text);
        assertEquals(Groups.CIVILIANS, claims.stream().findFirst().orElseThrow(() -> new AssertionError(text)).group(), claims.toString());
    }

    /** Rule "member-in": members are "in" a party, never in an event with one ("fighters in clashes with the SDF"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Turkish-backed factions lost 8 fighters in clashes with the SDF near the dam.|TURKISH_BACKED_FACTIONS",
            "The regime forces lost 11 members in battles with HTS on the southern front.|SYRIAN_REGIME",
            "Shelling killed 2 commanders in HTS on the southern front.|HTS"})
    void membersInAnEventAreNotOfTheOtherSide(String text, String group) {
        List<Claim> claims = read(text);
        assertEquals(group, claims.stream().filter(c -> c.outcome() == Outcome.KILLED).findFirst()
                .orElseThrow(() -> new AssertionError(claims.toString())).group());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen killed four policemen at the checkpoint.|4|SECURITY_FORCES",
            "A roadside bomb killed three soldiers on patrol.|3|SECURITY_FORCES",
            "The ambush left six police officers dead.|6|SECURITY_FORCES",
            "Attackers shot dead two guards at the mine.|2|SECURITY_FORCES",
            "Armed men shot dead eight security personnel at the post.|8|SECURITY_FORCES",
            "A car bomb killed five members of the security forces in the square.|5|SECURITY_FORCES",
            "The raid killed seven militants near the border.|7|FIGHTERS",
            "Troops killed nine rebels in the hills.|9|FIGHTERS",
            "The army said it killed 12 terrorists in the forest.|12|FIGHTERS",
            "Four militia members were killed in the clash.|4|FIGHTERS",
            "Regime shelling killed 7 fighters of the Free Syrian Army near the town.|7|FIGHTERS",
            "The mine blast killed 3 members of the armed forces on the road.|3|SECURITY_FORCES",
            "Five passers-by were killed in the blast.|5|CIVILIANS",
            "Gunmen killed a customs officer at the crossing.|1|CIVILIANS"})
    void securityForcesAreNeitherPeopleNorFighters(String text, long value, String group) {
        assertEquals(group, figure(read(text), value, Outcome.KILLED).group());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Shelling on the town killed 6 Syrian soldiers.|6|SYRIAN_REGIME",
            "Rebels said 14 regime soldiers were killed at the airport.|14|SYRIAN_REGIME",
            "Regime forces shelled the village. The rebels said they killed 9 government soldiers.|9|SYRIAN_REGIME",
            "An ambush killed 20 regime fighters, including 3 officers, near the dam.|3|SYRIAN_REGIME",
            "Drones struck the column and killed 4 Russian servicemen.|4|RUSSIAN_FORCES",
            "Police in the capital said rebels killed 9 government soldiers.|9|SECURITY_FORCES"})
    void securityForcesOfANamedStateAreThatParty(String text, long value, String group) {
        assertEquals(group, figure(read(text), value, Outcome.KILLED).group());
    }

    @Test
    void breakdownsNameTheirGroups() {
        List<Claim> including = read("A mortar round killed nine people, including three soldiers, near the bridge.");
        Claim soldiers = figure(including, 3, Outcome.KILLED);
        assertEquals(Groups.SECURITY_FORCES, soldiers.group());
        assertEquals(9, parentOf(including, soldiers).count().value());

        List<Claim> bracketed = read("At least 12 people (eight civilians and four policemen) died when the bus was ambushed.");
        assertEquals(Groups.CIVILIANS, figure(bracketed, 8, Outcome.KILLED).group());
        assertEquals(Groups.SECURITY_FORCES, figure(bracketed, 4, Outcome.KILLED).group());
        assertEquals(12, parentOf(bracketed, figure(bracketed, 4, Outcome.KILLED)).count().value());
    }

    @Test
    void amongTheVictimsBreaksDownTheEarlierToll() {
        List<Claim> claims = read("Fighting in the valley left 11 people dead. Among those killed, at least seven were "
                + "villagers and four were soldiers.");
        Claim villagers = figure(claims, 7, Outcome.KILLED);
        Claim soldiers = figure(claims, 4, Outcome.KILLED);
        assertEquals(Groups.CIVILIANS, villagers.group());
        assertEquals(Groups.SECURITY_FORCES, soldiers.group());
        assertEquals(11, parentOf(claims, villagers).count().value());
        assertEquals(11, parentOf(claims, soldiers).count().value());
        assertEquals(11, toll("Fighting in the valley left 11 people dead. Among those killed, at least seven were "
                + "villagers and four were soldiers.", Outcome.KILLED));
    }

    /** Rule "members-of-armed-body": members of forces, a militia or an army are combatants; of a family, civilians (rule "family-members"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nine members of the Coastal Defence Forces were killed in the raid.|FIGHTERS",
            "Nine members of a local militia were killed in the raid.|FIGHTERS",
            "Nine members of the national army were killed in the raid.|SECURITY_FORCES",
            "Nine members of one family were killed in the raid.|CIVILIANS"})
    void membersOfAnArmedBody(String text, String group) {
        assertEquals(group, figure(read(text), 9, Outcome.KILLED).group());
    }

    /** Rule "one-victim-object-group": "killed the gunman" names a fighter; "killed the driver" stays people. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Guards at the gate killed the gunman.|FIGHTERS",
            "Raiders at the gate killed the driver.|PEOPLE"})
    void oneVictimTakesTheGroupOfAFighterObject(String text, String group) {
        assertEquals(group, figure(read(text), 1, Outcome.KILLED).group());
    }

    /** "killed himself and three worshippers": the figure after a reflexive object shares the verb. */
    @Test
    void aFigureAfterAReflexiveObjectSharesTheVerb() {
        assertEquals(3, figure(read("The bomber killed himself and three traders at the gate."), 3, Outcome.KILLED).count().value());
    }

    @Test
    void amongThemBreaksDownTheEarlierToll() {
        String text = "Raiders killed 14 people at the depot. Among them were five guards.";
        List<Claim> claims = read(text);
        Claim guards = figure(claims, 5, Outcome.KILLED);
        assertEquals(14, parentOf(claims, guards).count().value());
        assertEquals(14, toll(text, Outcome.KILLED));
    }

    @Test
    void ofTheTollOpeningASentenceBreaksThatTollDown() {
        String text = "A bomb went off at the bus depot. Of the 12 people killed, five were guards and seven were traders.";
        List<Claim> claims = read(text);
        Claim guards = figure(claims, 5, Outcome.KILLED);
        Claim traders = figure(claims, 7, Outcome.KILLED);
        assertEquals(Groups.SECURITY_FORCES, guards.group());
        assertEquals(12, parentOf(claims, guards).count().value());
        assertEquals(12, parentOf(claims, traders).count().value());
        assertEquals(12, toll(text, Outcome.KILLED));
    }

    /** Rule "restated-parent": the breakdown of a repeated toll breaks down the toll first told, the one counted. */
    @Test
    void aBreakdownOfARepeatedTollBreaksDownTheFirstTelling() {
        String text = "Gunmen killed nine people at the farm. Of the nine people killed, four were guards.";
        List<Claim> claims = read(text);
        Claim guards = figure(claims, 4, Outcome.KILLED);
        Claim parent = parentOf(claims, guards);
        assertNull(parent.restates(), parent.toString());
        assertEquals(9, parent.count().value());
    }

    @Test
    void theDeadIncludedNamesTheKilled() {
        List<Claim> claims = read("Raiders overran the depot at dawn. The dead included five civilians and six guards.");
        assertEquals(Groups.CIVILIANS, figure(claims, 5, Outcome.KILLED).group());
        assertEquals(Groups.SECURITY_FORCES, figure(claims, 6, Outcome.KILLED).group());
    }

    @Test
    void copulaGroupNamesABareFigure() {
        List<Claim> claims = read("Eleven people were wounded in the market, of whom four were policemen.");
        Claim police = figure(claims, 4, Outcome.INJURED);
        assertEquals(Groups.SECURITY_FORCES, police.group());
        assertEquals(11, parentOf(claims, police).count().value());
        assertEquals("copula-group-breakdown", police.rule());

        List<Claim> members = read("A bomb killed 12 people (two of which were members of the security forces).");
        assertEquals(Groups.SECURITY_FORCES, figure(members, 2, Outcome.KILLED).group());
    }

    @Test
    void aPredicateAfterKilledIsNoSecondVictim() {
        List<Claim> claims = read("Eight people were killed at the rally. One of those killed was a guard.");
        assertEquals(1, claims.stream().filter(c -> c.count().value() == 1).count(), claims.toString());
        assertEquals(Groups.SECURITY_FORCES, figure(claims, 1, Outcome.KILLED).group());
    }

    @Test
    void aClauseAfterTheFigureNamesNoVictims() {
        List<Claim> claims = read("Six people were killed and 9 wounded after gunmen stormed a bar in the port.");
        assertEquals(Groups.PEOPLE, figure(claims, 9, Outcome.INJURED).group());
    }

    @Test
    void aBreakdownKeepsItsParentsOutcome() {
        List<Claim> claims = read("At least nine people died in the blast, including three police, and 12 were injured.");
        Claim police = figure(claims, 3, Outcome.KILLED);
        assertEquals(Groups.SECURITY_FORCES, police.group());
        assertEquals(9, parentOf(claims, police).count().value());
        assertEquals(Groups.PEOPLE, figure(claims, 12, Outcome.INJURED).group());
    }

    @Test
    void aVerbPastTheCommaWithNoFigureBeforeItStaysTheBreakdowns() {
        List<Claim> claims = read("About 900 people fled the town, including about 40 members of the militia, and they "
                + "were arrested at the gate.");
        assertEquals(Outcome.CAPTURED, figure(claims, 40, Outcome.CAPTURED).outcome());
    }

    @Test
    void formerMembersArePeople() {
        assertEquals(Groups.PEOPLE, figure(read("Gunmen killed 12 former soldiers at the market."), 12, Outcome.KILLED).group());
        assertEquals(Groups.PEOPLE, figure(read("Seven former rebels were shot dead in the village."), 7, Outcome.KILLED).group());
    }

    @Test
    void membersListedAfterSecurityForcesAreNotSecurityForces() {
        List<Claim> claims = read("Two soldiers and six sect members were killed in the clashes.");
        assertEquals(Groups.SECURITY_FORCES, figure(claims, 2, Outcome.KILLED).group());
        assertEquals(Groups.PEOPLE, figure(claims, 6, Outcome.KILLED).group());
    }

    @Test
    void aNamedVictimIsNoPartOfASecurityForcesToll() {
        List<Claim> soldiers = read("The provincial governor was killed in the ambush on the road. Several soldiers were "
                + "also killed in the attack.");
        assertNull(figure(soldiers, 1, Outcome.KILLED).parentId());
        List<Claim> people = read("The provincial governor was killed in the ambush on the road. Several people were "
                + "also killed in the attack.");
        assertEquals(3, parentOf(people, figure(people, 1, Outcome.KILLED)).count().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen killed a local party leader outside his home.|CIVILIANS",
            "A village chief was killed on the road to the market.|CIVILIANS",
            "Unknown men shot dead a regional leader near the bank.|PEOPLE",
            "Forces killed an insurgent leader in the raid.|FIGHTERS",
            "The strike killed a Taliban commander in the valley.|FIGHTERS",
            "Troops detained a Taliban logistics officer at the pass.|FIGHTERS"})
    void aLeaderIsAFighterOnlyWhenAnArmedWordSaysSo(String text, String group) {
        Claim one = read(text).stream().filter(c -> c.count().value() == 1).findFirst().orElseThrow();
        assertEquals(group, one.group());
        assertNull(one.parentId());
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Clashes between ISIS and the SDF went on, and the organization lost 26 of its members.|26|ISIS",
            "The regime forces lost 15 soldiers in the attack on the hill.|15|SYRIAN_REGIME",
            "The clashes killed 40 military personnel of the warring parties.|40|FIGHTERS",
            "Shelling killed 11 members of Iranian-backed militias near the border.|11|SYRIAN_REGIME",
            "The Turkish-backed factions attacked the village, and 6 members of the factions were killed.|6|TURKISH_BACKED_FACTIONS",
            "A drone strike killed 4 members of his family near the market.|4|CIVILIANS",
            "Activists reported the death of a child in the shelling of the town.|1|CIVILIANS",
            "The number of civilians killed since the start of the year rose to 310.|310|CIVILIANS",
            "Shelling by the regular forces went on, and 4 defected soldiers were killed.|4|FIGHTERS",
            "Rebels ambushed a convoy, killing 12 soldiers of the regular forces.|12|SYRIAN_REGIME"})
    void theSideIsReadFromTheSentence(String text, long value, String group) {
        assertEquals(group, figure(read(text), value, Outcome.KILLED).group());
    }

    @Test
    void anOutcomeNounAfterAndIsNoSecondVictim() {
        List<Claim> claims = read("Activists reported the death of a child and the injury of 2 women in the shelling.");
        assertEquals(1, claims.stream().filter(c -> c.outcome() == Outcome.KILLED).count(), claims.toString());
        assertEquals(Groups.CIVILIANS, figure(claims, 2, Outcome.INJURED).group());
    }

    /** Kin nouns: male kin are of no stated status as "a man" is, female kin civilians as "a woman" is, in both numbers. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen shot dead a young man and his father in the town.|father|KILLED|PEOPLE",
            "The regime forces arrested a son of the mukhtar at a checkpoint.|son|CAPTURED|PEOPLE",
            "A landmine exploded in the village, killing a woman and her sister.|sister|KILLED|CIVILIANS",
            "Two daughters of the farmer were injured by a shell.|daughters|INJURED|CIVILIANS"})
    void kinTakeTheGroupOfTheirSex(String text, String noun, Outcome outcome, String group) {
        var claim = read(text).stream().filter(c -> c.outcome() == outcome && c.groupAsWritten().endsWith(noun)).findFirst().orElseThrow();
        assertEquals(group, claim.group());
    }

    /** Rule "possessed-subject": one victim named by a possessive and a noun is of the noun's group. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Two boys died and their mother was injured when a mine went off near the well.|INJURED|CIVILIANS",
            "A shell struck the farm, and his daughter was seriously wounded.|INJURED|CIVILIANS",
            "The shelling hit the school, and their teacher was killed.|KILLED|CIVILIANS"})
    void onePersonNamedByAPossessiveIsOfTheNounsGroup(String text, Outcome outcome, String group) {
        assertEquals(group, figure(read(text), 1, outcome).group());
    }

    /** Party names in the order "military council of <place>", and the plural spelling of a division's name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A drone killed 3 members of the Military Council of Deir Ezzor near the river.|3|SDF",
            "Shelling wounded 5 fighters of the Hamzat Division in the north.|5|TURKISH_BACKED_FACTIONS"})
    void partyNamesInOtherWordOrders(String text, long value, String group) {
        assertEquals(group, read(text).stream().filter(c -> c.count().value() == value).findFirst().orElseThrow().group());
    }

    /** Rule "kin-of-members": kin of a party's fighters are no members of the party. */
    @Test
    void kinOfAPartysFightersAreNoMembers() {
        List<Claim> claims = read("After the siege, 600 wives and children of the Islamic State's fighters fled the town.");
        assertEquals(Groups.CIVILIANS, figure(claims, 600, Outcome.DISPLACED).group(), claims.toString());
    }

    /** Rule "possessed-state": a person named by a possessive is the subject of a state of any outcome. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Three girls were killed by the shell, while their mother sustained serious injuries.|INJURED|CIVILIANS",
            "A farmer died of his wounds, and his wife sustained burns in the fire.|INJURED|CIVILIANS"})
    void onePersonNamedByAPossessiveTakesTheStateAfterIt(String text, Outcome outcome, String group) {
        assertEquals(group, figure(read(text), 1, outcome).group());
    }

    /** A household after a possessive is many people: "their family fled" counts no one person. */
    @Test
    void aHouseholdIsNoOnePerson() {
        assertTrue(read("A boy was wounded by the shelling, and his family fled to the camp.").stream()
                .noneMatch(c -> c.outcome() == Outcome.DISPLACED));
    }

    /** Rule "possessed-part": a part of people of no stated status that "its own" gives to the party is the party's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Islamic State has executed 23 people in the desert towns since March, including 5 of its own members.|5|ISIS",
            "The SDF detained 40 people in the camp, among them 6 of their own fighters.|6|SDF"})
    void aPartThatAPossessiveGivesToAPartyIsItsMembers(String text, long value, String group) {
        List<Claim> claims = read(text);
        Claim part = claims.stream().filter(c -> c.count().value() == value).findFirst().orElseThrow();
        assertEquals(group, part.group(), claims.toString());
        assertEquals(Groups.PEOPLE, parentOf(claims, part).group(), claims.toString());
    }

    /** Rule "relative-aside-subject": a party named in a relative clause after the subject is not the side that lost. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The SDF, which had stormed posts of the Islamic State at dawn, lost 7 of their fighters near the river.|7|SDF",
            "The Islamic State, whose cells ambushed a convoy of the SDF, lost 12 of its members in the desert.|12|ISIS"})
    void aPartyOfARelativeAsideIsNotTheLoser(String text, long value, String group) {
        assertEquals(group, figure(read(text), value, Outcome.KILLED).group());
    }
}
