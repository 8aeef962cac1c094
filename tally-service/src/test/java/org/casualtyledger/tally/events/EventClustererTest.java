package org.casualtyledger.tally.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The clustering rule on its own, without a database. */
class EventClustererTest {
    private final EventClusterer clusterer = new EventClusterer(3);

    private static IncidentClaim claim(String id, String report, String date, String placeKey, String province, long low, Long high) {
        return new IncidentClaim(id, report, LocalDate.parse(date), LocalDate.parse(date), placeKey, province, low, high,
                low + "", null);
    }

    @Test
    void overlappingCountsAtOnePlaceFromTwoReportsAreOneEvent() {
        Map<String, EventClusterer.Assignment> a = clusterer.cluster(List.of(
                claim("c1", "r1", "2019-01-26", "al-baghuz", "Deir ez-Zor", 31, 39L),
                claim("c2", "r2", "2019-01-27", "deir ez-zor", "Deir ez-Zor", 34, null)), null);
        assertEquals(a.get("c1").eventId(), a.get("c2").eventId());
        assertTrue(a.get("c2").reason().contains("inside the other's province"), a.get("c2").reason());
    }

    @Test
    void contradictingCountsSameReportOtherTownOrOutsideTheWindowStayApart() {
        Map<String, EventClusterer.Assignment> a = clusterer.cluster(List.of(
                claim("c1", "r1", "2019-01-26", "hajin", "Deir ez-Zor", 12, 12L),
                claim("c2", "r2", "2019-01-26", "hajin", "Deir ez-Zor", 40, 40L),
                claim("c3", "r1", "2019-01-26", "hajin", "Deir ez-Zor", 12, 12L),
                claim("c4", "r3", "2019-01-26", "al-baghuz", "Deir ez-Zor", 12, 12L),
                claim("c5", "r4", "2019-01-30", "hajin", "Deir ez-Zor", 12, 12L),
                claim("c6", "r5", "2019-01-26", "", "", 12, 12L)), null);
        assertEquals(6, a.values().stream().map(EventClusterer.Assignment::eventId).distinct().count());
        assertTrue(a.get("c6").reason().startsWith("no place"));
    }

    @Test
    void aJoinMustFitEveryMemberNotJustTheFirst() {
        Map<String, EventClusterer.Assignment> a = clusterer.cluster(List.of(
                claim("c1", "r1", "2019-01-26", "hajin", "Deir ez-Zor", 10, null),
                claim("c2", "r2", "2019-01-26", "hajin", "Deir ez-Zor", 12, 12L),
                claim("c3", "r3", "2019-01-27", "hajin", "Deir ez-Zor", 20, 20L)), null);
        assertEquals(a.get("c1").eventId(), a.get("c2").eventId());
        assertNotEquals(a.get("c2").eventId(), a.get("c3").eventId());
    }

    @Test
    void restartingFromAnyDateWithTheStoredEventsGivesTheFullResult() {
        Random random = new Random(7);
        List<IncidentClaim> claims = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long low = 5 + random.nextInt(6);
            claims.add(claim("c" + i, "r" + random.nextInt(60), LocalDate.of(2019, 1, 1).plusDays(random.nextInt(60)).toString(),
                    random.nextBoolean() ? "hajin" : "deir ez-zor", "Deir ez-Zor", low, random.nextBoolean() ? null : low + 1));
        }
        Map<String, EventClusterer.Assignment> full = clusterer.cluster(claims, null);
        List<IncidentClaim> stored = claims.stream().map(c -> new IncidentClaim(c.id(), c.reportId(), c.date(), c.publishedAt(),
                c.placeKey(), c.province(), c.low(), c.high(), c.wording(), full.get(c.id()).eventId())).toList();
        for (int day = 0; day < 60; day += 7) {
            LocalDate restart = LocalDate.of(2019, 1, 1).plusDays(day);
            List<IncidentClaim> loaded = stored.stream().filter(c -> !c.date().isBefore(restart.minusDays(3))).toList();
            Map<String, EventClusterer.Assignment> again = clusterer.cluster(loaded, restart);
            again.forEach((id, assignment) -> assertEquals(full.get(id).eventId(), assignment.eventId(), id + " from " + restart));
        }
        assertTrue(full.values().stream().map(EventClusterer.Assignment::eventId).distinct().count() < 300, "some claims join");
    }
}
