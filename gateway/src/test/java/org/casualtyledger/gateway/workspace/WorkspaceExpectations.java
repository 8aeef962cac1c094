package org.casualtyledger.gateway.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What the workspace must have shown after {@link WorkspaceCheck#run}, the same for the gateway's and the system tests. */
public final class WorkspaceExpectations {
    private WorkspaceExpectations() {
    }

    public static void check(WorkspaceCheck.Outcome o) {
        assertTrue(o.filteredUrl().contains("location=" + WorkspaceCheck.PLACE), "the filter is kept in the URL: " + o.filteredUrl());
        assertTrue(o.tableSpan().matches(".*\\d.*"), "the claim's span, highlighted from the events table, holds its figure: " + o.tableSpan());
        assertTrue(o.mapSpan().matches(".*\\d.*"), "the claim's span, highlighted from the map, holds its figure: " + o.mapSpan());
        assertEquals(14, o.mapLayer().regions().size(), "the map draws Syria's 14 governorates: " + o.mapLayer());
        assertTrue(o.mapLayer().regions().stream().allMatch(r -> r.matches("SY-[A-Z]{2} \\S.*")),
                "each governorate drawn with its ISO 3166-2 code and name: " + o.mapLayer());
        assertEquals(List.of(WorkspaceCheck.PROVINCE), o.mapLayer().underFirstMark(),
                "the event in " + WorkspaceCheck.PLACE + " is drawn inside its governorate: " + o.mapLayer());
        assertTrue(o.reportMarks() >= 2, "the report marks each of its claims: " + o.reportMarks());
        assertTrue(o.reportOutcomes().contains("outcome-KILLED") && o.reportOutcomes().contains("outcome-INJURED"),
                "the report's marks are coloured by outcome: " + o.reportOutcomes());
        assertTrue(o.csvExport().get(0).startsWith("id,firstDate"), "CSV export header: " + o.csvExport().get(0));
        assertTrue(o.csvExport().size() > 1 && o.csvExport().stream().skip(1).allMatch(l -> l.contains(WorkspaceCheck.PLACE)),
                "the CSV export holds the filtered events only: " + o.csvExport());
        assertTrue(o.geoJsonExport().contains("\"FeatureCollection\"") && o.geoJsonExport().contains(WorkspaceCheck.PLACE),
                "GeoJSON export: " + o.geoJsonExport());
        assertTrue(o.asOf().url().contains("asOf=") && o.asOf().note().contains("as the ledger stood"),
                "the as-of time is kept in the URL and named: " + o.asOf());
        assertEquals(0, o.asOf().rowsBefore(), "as of a time before the bulletin was stored, its events are absent: " + o.asOf());
        assertTrue(o.asOf().rowsAfterClearing() > 0, "with the as-of control cleared, its events are back: " + o.asOf());
        corrections(o.corrections());
        controls(o.controls());
        assertTrue(o.tallyRows() > 0, "tallies shown as range bars: " + o.tallyRows());
        assertTrue(o.timeChartBars() > 0, "events over time: " + o.timeChartBars());
        assertTrue(o.smallMultiples() > 0, "running totals as small multiples: " + o.smallMultiples());
        assertEquals(List.of(), o.foreignResources(), "the page loaded something from outside the gateway");
        assertEquals(List.of(), o.firstViewMapFiles(), "the first view (the overview) waits for no map library");
        System.out.println("[WorkspaceCheck] " + o.corrections() + "; " + o.asOf() + "; " + o.controls());
        System.out.println("[WorkspaceCheck] first view ready in " + o.firstViewMillis() + " ms; " + o.tallyRows() + " tallies, "
                + o.timeChartBars() + " bars over time, " + o.smallMultiples() + " running totals; span '" + o.tableSpan()
                + "'; report marks " + o.reportMarks() + "; screenshots " + o.screenshots());
    }

    private static void controls(WorkspaceCheck.Controls c) {
        List<String> views = List.of("view:overview", "view:map", "view:events", "view:claims", "view:reports", "view:audit", "view:submit");
        int firstView = c.tabOrder().indexOf("view:overview");
        assertTrue(c.tabOrder().indexOf("api-key") >= 0 && c.tabOrder().indexOf("api-key") < firstView
                && firstView >= 0 && c.tabOrder().subList(firstView, Math.min(c.tabOrder().size(), firstView + views.size())).equals(views)
                && c.tabOrder().contains("source"), "Tab reaches the key, every view in order, then the filters: " + c.tabOrder());
        assertTrue(!c.focusOutline().isBlank() && !"none".equals(c.focusOutline()), "the focused control shows its focus: " + c.focusOutline());
        assertTrue(c.keyboardSpan().matches(".*\\d.*"), "an event opened from the map with Enter shows its claim's span: " + c.keyboardSpan());
        WorkspaceCheck.Sorted sorted = c.sorted();
        assertTrue(sorted.url().contains("sort=-best"), "the sort is kept in the URL: " + sorted.url());
        assertEquals(sorted.highestOfAll(), sorted.firstPage(), "the first page sorted by best holds the highest figures of every claim, "
                + "highest first, not the page's own claims sorted");
        assertTrue(!sorted.secondPage().isEmpty() && sorted.secondPage().get(0) <= sorted.firstPage().get(sorted.firstPage().size() - 1)
                && descending(sorted.secondPage()), "the second page goes on in the same order: " + sorted);
        assertTrue(sorted.secondPageUrl().contains("sort=-best") && sorted.secondPageUrl().contains("page=1"),
                "the next page keeps the sort in the URL: " + sorted.secondPageUrl());
        assertTrue(c.weekUrl().contains("unit=week") && c.weekBars() > 0, "events over time by week: " + c.weekUrl() + ", " + c.weekBars() + " bars");
        assertTrue(List.of("waiting", "failing").contains(c.feedState()), "a feed at a closed port shows its state in the sources panel: " + c.feedState());
    }

    private static boolean descending(List<Long> values) {
        return java.util.stream.IntStream.range(1, values.size()).allMatch(i -> values.get(i - 1) >= values.get(i));
    }

    private static void corrections(WorkspaceCheck.Corrections c) {
        assertTrue(c.noReason().contains("reason is required"), "a correction without a reason is refused, saying so: " + c.noReason());
        assertTrue(c.noChange().startsWith("Not stored: ") && c.noChange().endsWith("[400]"),
                "a correction that changes nothing is refused with the API's problem: " + c.noChange());
        assertTrue(c.asReceived().matches("\\d+") && c.asCorrected().matches("\\d+") && !c.asReceived().equals(c.asCorrected()),
                "the claim shows its value as received and as corrected side by side: " + c);
        assertTrue(!c.author().isBlank() && c.why().startsWith("The bulletin was misread"), "who corrected it and why: " + c);
        assertTrue(c.trailEntries() >= 1 && c.inAuditView(), "the correction is in the claim's trail and the audit view: " + c);
        assertTrue(c.eventNoChange().startsWith("Not stored: ") && c.eventNoChange().endsWith("[400]"), "an event correction that splits and joins nothing is refused: " + c);
        assertTrue(c.claimsAfterJoin() > c.claimsBeforeJoin() && c.joinedBecause().contains("joined into this event"),
                "the joined event's claims are listed under the event with the reason they are there: " + c);
        assertTrue(c.joinTrail().contains("joined to event") && c.joinInAuditView(), "the join is in the event's trail and the audit view: " + c);
    }
}
