package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The toll of one incident report, as a careful reader sums it: top-level incident claims only (no breakdown
 * child, no restatement). Sentences written for this project.
 */
class IncidentTollTest extends ExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 4);

    IncidentTollTest() {
        super("r-toll", PUBLISHED);
    }

    /** Rule "pronoun-told": "him" after one person told earlier in the sentence is that person, no second victim. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A shopkeeper died of the wounds he had sustained when gunmen shot him outside his shop.|1",
            "A farmer succumbed to his injuries a day after masked men shot him in his field.|1",
            "A nurse was wounded on her way home, and a sniper shot her again at the gate.|0",
            "The monitor recorded the killing of a young farmer, who was shot dead by masked men in his field.|1",
            "The monitor learned of the death of Sami Haddad, a teacher from the valley, after he was shot by gunmen.|1"})
    void aPronounAfterOnePersonIsThatPerson(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED), read(text).toString());
    }

    /** Rule "named-apposition": the person after a victim's name is the named victim again, and names the group. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Raqqa – SOHR: Gunmen killed Ahmad Khalil, a member of the SDF, near the bridge.|SDF",
            "Idlib – SOHR: The monitor documented the death of Omar Saeed, a child from the village, in the shelling.|CIVILIANS"})
    void theApposedPersonIsTheNamedVictim(String text, String group) {
        var claims = read(text);
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(group, claims.get(0).group());
    }

    /** Lead and details: later figures of the same toll are parts of it, additions to it, or an update of it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nine villagers were killed in the raid on Monday. Four men, three women and two boys were killed near the well.|9",
            "Six traders were shot dead at the market. The gunmen killed four of them at a stall.|6",
            "Three guards were killed at the gate. Two more people were killed inside the depot.|5",
            "A bomb killed four workers at the quarry. Another three bodies were found later.|7",
            "Officials said five people died in the fire at the hostel. Later counts put the death toll at 11.|11",
            "Gunmen killed seven people in the village. Three others were killed in a separate ambush nearby.|10",
            "A sniper killed a farmer at dawn. Several shepherds were killed later in the hills.|4",
            "At least 20 people were killed in shelling on the town. Eight died in the market and five died at the school. "
                    + "Another 7 people were killed at the bakery.|20",
            "Nine villagers were killed in the raid. Four men were killed near the well. Another two people were killed "
                    + "in the next village.|11",
            "Strikes kill at least ten farmers near Hama Ten farmers were killed on Sunday in the strikes.|10",
            "The mayor and 12 other officials were killed in a blast at the town hall on Sunday. The mayor and 12 other "
                    + "officials were killed in a blast at the town hall on Sunday.|12"})
    void leadAndDetails(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** One person named without a figure: object of a killing verb, singular passive or state, "the body of". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Masked men have killed the headmaster of the village school.|1",
            "Gunmen killed a village head near the river.|1",
            "Attackers stabbed to death a young poet, neighbours said.|1",
            "A gunman killed veteran broadcaster Tom Example outside his studio.|1",
            "A pharmacist was found murdered in his shop on Friday.|1",
            "Ann Example, a nurse who ran the night shift for ten years, was murdered at the clinic.|1",
            "The town clerk has died of his wounds in hospital.|1",
            "The burned body of a shepherd was recovered from the well.|1",
            "The troops killed Example Front fighters in the hills.|0",
            "The documentary was shot in the old town last spring.|0",
            "Gunmen killed a teacher on Monday. He died on the way to the hospital.|1"})
    void oneVictim(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** A place told in the singular ("the city", "a village") is no person, whatever befell it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The city was captured by the rebels last year.",
            "The border facility was captured by the militia on Monday."})
    void aPlaceIsNoVictim(String text) {
        assertEquals(0, toll(text, Outcome.CAPTURED));
    }

    /** The agent of a perfect active verb is not its victim: "three raiders have killed five herders". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Three masked raiders have killed five herders near the dam.|5",
            "Two gunmen on a scooter have killed a shopkeeper in the old town.|1",
            "Four officers have been killed in the ambush.|4"})
    void agentOfPerfectVerb(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** "a girl of 12" is an age, not a count. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nine people, among them a girl of 12, were killed in the shelling.|9",
            "Six villagers, including a man of 70, have died in the attack.|6"})
    void ageAfterPersonNoun(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Companions named by a possessive beside one victim, one each. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen killed a village elder and his nephew on the road.|2",
            "A judge was shot dead along with his wife, his son and his bodyguard.|4",
            "A father and his three daughters were killed when the roof collapsed after the strike.|4",
            "Raiders killed a farmer and his cows in the field.|1",
            "A ferryman, his son and a neighbour were drowned by the raiders.|3"})
    void companions(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /**
     * Rule "coordinated-kin": a counted companion after a possessive shares the verb ("killed a herder and his two
     * sons"), and no word that a figure counts is one more companion.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Bandits killed a herder and his two sons near the well.|3",
            "Bandits shot dead a ferry pilot along with his three nephews.|4",
            "Bandits killed a herder, his wife and their four children at dawn.|6",
            "The shell killed a teacher and her five pupils.|6"})
    void countedKinShareTheVerb(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Outcome words: "burned alive", "burning to death", "succumbed to his injuries", "the massacre of" tell a death. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Two traders were burned alive in their stall by the mob.|2",
            "Raiders torched the hut, burning to death three herders.|3",
            "Four of the wounded miners later succumbed to their injuries.|4",
            "A ranger succumbed to his wounds on Friday.|1",
            "The massacre of 14 fishermen drew protests at the port.|14",
            "Herders found the corpses of six traders near the well.|6",
            "Two guards were strangled in the night.|2",
            "Raiders drowned three ferrymen in the lake.|3",
            "Four hostages were decapitated by their captors.|4",
            "Gunmen mowed down five worshippers at the gate.|5",
            "A night watchman was bludgeoned to death.|1",
            "Divers recovered the remains of seven abducted fishermen.|7"})
    void deathWords(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "companion-own-predicate": "his wife wounded" has a participle of its own, so she was not killed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A farmer was killed and his wife wounded when raiders attacked the farm.|1",
            "A farmer was killed along with his wife when raiders attacked the farm.|2"})
    void companionWithItsOwnPredicate(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /**
     * Rule "companion-subject": "his brother was wounded" after the victim's verb is a clause of its own: the brother
     * is one wounded, not one more killed; a list before the verb keeps its companions.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A shepherd was shot dead and his brother was wounded by the gunmen.|1|1",
            "A baker was killed in the blast and his son was injured.|1|1",
            "A shepherd, his wife and his son were killed when the shell hit the tent.|3|0"})
    void aCompanionWithAVerbOfItsOwnIsNoCompanion(String text, long killed, long injured) {
        assertEquals(killed, toll(text, Outcome.KILLED));
        assertEquals(injured, toll(text, Outcome.INJURED));
    }

    /**
     * Rule "list-breakdown": a list after a colon or a dash breaks the figure before it down; after an object that
     * counts nobody ("two families"), the list counts the victims with the verb.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The ambush killed seven people: four guards and three drivers.|7",
            "The shell killed two households — three children and four women.|7",
            "Raiders killed six people - two herders and four traders - at the well.|6"})
    void listAfterAColonOrDash(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    @Test
    void listAfterAColonBreaksTheFigureDown() {
        List<Claim> claims = read("The ambush killed seven people: four guards and three drivers.");
        Claim guards = ClaimExtractorTest.find(claims, 4, Outcome.KILLED);
        assertEquals(ClaimExtractorTest.find(claims, 7, Outcome.KILLED).id(), guards.parentId());
    }

    /** Rule "shot-then-outcome": the participle after "shot" tells what became of the victim, and he is one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Raiders shot a ferryman at the jetty, killing him.|1|0",
            "Raiders shot a ferryman at the jetty, wounding him.|0|1",
            "Raiders shot a ferryman at the jetty.|1|0"})
    void shotThenOutcome(String text, long killed, long injured) {
        assertEquals(killed, toll(text, Outcome.KILLED));
        assertEquals(injured, toll(text, Outcome.INJURED));
    }

    /** Rule "one-victim" beside "coordinated-object": "killing the driver and three passengers" counts the driver too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Raiders stopped a lorry, killing the driver and two traders.|3",
            "Raiders killed the ferryman and four passengers.|5"})
    void aDefiniteObjectBeforeACoordinatedFigure(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "toll-rise-part": the wounded whose deaths raised a toll told in the same sentence are in it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The toll from the market bombing rose to nine after two of the wounded died.|9",
            "Three of the injured died overnight, bringing the death toll to eleven.|11",
            "Four people were killed at the bridge and two of the wounded died later.|6"})
    void woundedWhoRaisedTheToll(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "partitive-whole": the set a part is taken from ("of the 12 passengers") counts no victims. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Four of the 30 miners were killed in the blast.|4",
            "Four of 30 miners died in the blast.|4",
            "Of the 30 miners, four were killed in the blast.|4",
            "Of the 30 miners killed, four were foreigners.|30"})
    void partOfAWhole(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "age-list": every number of a list after "aged" is an age. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Two boys, aged 9 and 11, were killed by the shell.|2",
            "Three girls aged 7, 8 and 10 died in the fire the raiders set.|3"})
    void agesInAList(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "number-in-name": digits in a place's name count nobody; "tortured to death" tells a death. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A trader died after he was seized at the Kanto 4 market, beaten and tortured to death.|1",
            "Guards tortured a detainee to death in Camp 7.|1"})
    void numberInAName(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** "half a dozen" is six; "lifeless" is a modifier of the counted bodies. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Half a dozen herders were killed at the well.|6",
            "Four lifeless bodies were found near the well.|4"})
    void halfADozenAndLifelessBodies(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "family-of-n": "a family of five" counts five, and "a family" no one more. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Raiders killed a family of six in the hamlet.|6",
            "A household of four was killed when the shell hit.|4"})
    void familyOfN(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "one-in-complement": "one" in the complement of a figure names whose members they were. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Four members of one household died when the shell landed.|4",
            "Five of one clan were shot dead at the well.|5",
            "Raiders caused the death of one herder at the well.|1"})
    void oneInTheComplementOfAFigure(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Casualties of either kind ("killed or wounded") are neither a killed nor a wounded count. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The shelling killed or wounded 30 people in the square.|0|0",
            "At least 18 villagers were either killed or injured by the landslide of rubble.|0|0",
            "Four guards were killed and nine were wounded.|4|9"})
    void eitherOutcome(String text, long killed, long injured) {
        assertEquals(killed, toll(text, Outcome.KILLED));
        assertEquals(injured, toll(text, Outcome.INJURED));
    }

    /** One death told by a state verb after a singular subject: "a shopkeeper died", "her brother also died". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A shopkeeper died on Friday after the beating.|1",
            "A nurse was shot dead at the gate. Her brother also died in the attack.|2"})
    void singularState(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** "another" standing alone is one more person; wounds told as escaping with injuries. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A guard was killed and another wounded at the depot.|1",
            "Raiders killed three herders at the well and injured another.|1",
            "Two traders died while five others escaped with injuries.|5",
            "Six pupils sustained gunshot wounds in the yard.|6",
            "Eleven miners were killed, four wounded and three others kidnapped at the pit.|4"})
    void oneMoreWounded(String text, long injured) {
        assertEquals(injured, toll(text, Outcome.INJURED));
    }
}
