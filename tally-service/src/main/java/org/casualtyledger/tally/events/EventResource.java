package org.casualtyledger.tally.events;

import org.casualtyledger.claim.Outcome;
import org.casualtyledger.problem.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casualtyledger.claim.Page;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.tally.history.LedgerAt;
import org.casualtyledger.problem.AsOf;
import org.casualtyledger.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.casualtyledger.tally.query.Csv;
import org.casualtyledger.tally.query.Params;

@Path("/events")
@Tag(name = "events", description = "Incidents: incident claims of one or more reports joined into one event")
public class EventResource {
    static final String GEO_JSON = "application/geo+json";

    private final EventReader reader;
    private final LedgerAt ledger;

    public EventResource(EventReader reader, LedgerAt ledger) {
        this.reader = reader;
        this.ledger = ledger;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, GEO_JSON})
    @Operation(summary = "List events", description = "Events in a stable order (first date, then id, unless sorted otherwise). Accept: text/csv "
            + "gives the page as CSV; Accept: application/geo+json gives a GeoJSON FeatureCollection of the events that "
            + "have coordinates (one Point feature per event).")
    @APIResponse(responseCode = "200", description = "One page of events",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)),
                    @Content(mediaType = GEO_JSON, schema = @Schema(implementation = FeatureCollection.class))})
    @APIResponse(responseCode = "400", description = "A parameter does not parse",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(
            @Parameter(description = "Canonical group", example = "ISIS") @QueryParam("group") String group,
            @Parameter(description = "Outcome", example = "KILLED") @QueryParam("outcome") String outcome,
            @Parameter(description = "Subgroup", example = "CHILDREN") @QueryParam("subgroup") String subgroup,
            @Parameter(description = "A place, or a province with every place in it", example = "Deir ez-Zor") @QueryParam("location") String location,
            @Parameter(description = "Only events a source reported", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "First date, inclusive", example = "2019-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last date, inclusive", example = "2019-12-31") @QueryParam("to") String to,
            @Parameter(description = EventQuery.SORT_DESCRIPTION, example = "-best") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("size") String size,
            @Parameter(description = AsOf.DESCRIPTION, example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf,
            @HeaderParam("Accept") String accept) {
        boolean geo = accept != null && accept.toLowerCase(Locale.ROOT).startsWith(GEO_JSON);
        EventQuery query = new EventQuery(Params.text("group", group, true), QueryParams.enumValue("outcome", outcome, Outcome.class),
                Params.text("subgroup", subgroup, true), Params.text("location", location, false),
                Params.text("source", source, false), QueryParams.date("from", from), QueryParams.date("to", to), geo,
                EventQuery.SORT.orderBy(sort), Params.page(page), Params.size(size));
        QueryParams.checkOrder(query.from(), query.to());
        java.time.Instant at = AsOf.parse(asOf);
        return ledger.read(at, "events " + query, db -> reader.list(db, query)).map(result -> {
            if (geo) {
                return Response.ok(featureCollection(result), GEO_JSON).build();
            }
            if (Csv.wanted(accept)) {
                return Csv.response(csv(result.items()));
            }
            return Response.ok(result, MediaType.APPLICATION_JSON).build();
        });
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One event", description = "The event with its claims, each with its evidence sentence and span, "
            + "its report, and the reason it was joined.")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(schema = @Schema(implementation = EventDetail.class)))
    @APIResponse(responseCode = "404", description = "No event with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EventDetail> one(@Parameter(description = "Event id", example = "e-9a8b7c6d5e4f3a2b1c0d9e8f") @PathParam("id") String id,
                                 @Parameter(description = AsOf.DESCRIPTION, example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf) {
        java.time.Instant at = AsOf.parse(asOf);
        return ledger.read(at, "event " + id, db -> reader.find(db, id)).map(found -> found.orElseThrow(() -> ProblemException.notFound("no event " + id)));
    }

    private static FeatureCollection featureCollection(Page<EventView> page) {
        List<Feature> features = new ArrayList<>();
        for (EventView e : page.items()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("outcome", e.outcome());
            properties.put("group", e.group());
            properties.put("subgroup", e.subgroup());
            properties.put("place", e.place());
            properties.put("province", e.province());
            properties.put("firstDate", e.firstDate().toString());
            properties.put("lastDate", e.lastDate().toString());
            properties.put("low", e.low());
            properties.put("best", e.best());
            properties.put("high", e.high());
            properties.put("claims", e.claims());
            properties.put("sources", e.sources());
            properties.put("corrected", e.corrected());
            features.add(new Feature("Feature", e.id(), new Point("Point", List.of(e.longitude(), e.latitude())), properties));
        }
        return new FeatureCollection("FeatureCollection", features, page.page(), page.size(), page.total());
    }

    private static String csv(List<EventView> events) {
        List<List<Object>> rows = new ArrayList<>();
        for (EventView e : events) {
            rows.add(Arrays.asList(e.id(), e.firstDate(), e.lastDate(), e.outcome(), e.group(), e.subgroup(), e.place(),
                    e.province(), e.latitude(), e.longitude(), e.low(), e.best(), e.high(), e.claims(), e.reports(),
                    String.join(";", e.sources()), e.bestClaimId(), e.corrected()));
        }
        return Csv.table(List.of("id", "firstDate", "lastDate", "outcome", "group", "subgroup", "place", "province",
                "latitude", "longitude", "low", "best", "high", "claims", "reports", "sources", "bestClaimId", "corrected"), rows);
    }

    @Schema(description = "One page of events")
    public record EventPage(@Schema(description = "The events") List<EventView> items,
                            @Schema(example = "0") int page, @Schema(example = "50") int size, @Schema(example = "1") long total) {
    }

    @Schema(description = "RFC 7946 GeoJSON FeatureCollection of events with coordinates, with the page it is",
            example = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"e-9a8b7c6d5e4f3a2b1c0d9e8f\","
                    + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[40.94,34.46]},\"properties\":{\"outcome\":\"KILLED\",\"group\":\"ISIS\",\"best\":35}}],"
                    + "\"page\":0,\"size\":50,\"total\":1}")
    public record FeatureCollection(@Schema(example = "FeatureCollection") String type, List<Feature> features,
                                    @Schema(example = "0") int page, @Schema(example = "50") int size, @Schema(example = "1") long total) {
    }

    @Schema(description = "One event as a GeoJSON Feature")
    public record Feature(@Schema(example = "Feature") String type, @Schema(example = "e-9a8b7c6d5e4f3a2b1c0d9e8f") String id,
                          Point geometry, @Schema(description = "The event's fields") Map<String, Object> properties) {
    }

    @Schema(description = "A GeoJSON Point: [longitude, latitude]", example = "{\"type\":\"Point\",\"coordinates\":[40.94,34.46]}")
    public record Point(@Schema(example = "Point") String type, @Schema(example = "[40.94,34.46]") List<Double> coordinates) {
    }
}
