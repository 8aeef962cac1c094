package org.casualtyledger.tally.events;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.casualtyledger.claim.Page;
import org.casualtyledger.tally.claims.ClaimReader;
import org.casualtyledger.tally.corrections.Corrected;
import org.casualtyledger.tally.query.SqlFilter;

@ApplicationScoped
public class EventReader {
    private static final String COLUMNS = "id, outcome, grp, subgroup, place, province, latitude, longitude, first_date, "
            + "last_date, low, best, high, best_claim_id, claims, reports, sources, " + Corrected.EVENT + " AS corrected";

    private final ClaimReader claims;

    public EventReader(ClaimReader claims) {
        this.claims = claims;
    }

    public Uni<Page<EventView>> list(SqlClient db, EventQuery q) {
        SqlFilter f = new SqlFilter()
                .add("grp = ?", q.group())
                .add("outcome = ?", q.outcome() == null ? null : q.outcome().name())
                .add("subgroup = ?", q.subgroup())
                .add("(lower(place) = lower(?) OR lower(province) = lower(?))", q.location())
                .add("? = ANY(sources)", q.source())
                .add("first_date >= ?", q.from())
                .add("first_date <= ?", q.to());
        if (q.located()) {
            f.always("latitude IS NOT NULL AND longitude IS NOT NULL");
        }
        Tuple params = f.tuple();
        String limit = " ORDER BY " + q.orderBy() + " LIMIT " + q.size() + " OFFSET " + (long) q.page() * q.size();
        return db.preparedQuery("SELECT " + COLUMNS + " FROM event" + f.where() + limit).execute(params)
                .chain(rows -> db.preparedQuery("SELECT count(*) FROM event" + f.where()).execute(params)
                        .map(count -> new Page<>(views(rows), q.page(), q.size(), count.iterator().next().getLong(0))));
    }

    public Uni<Optional<EventDetail>> find(SqlClient db, String id) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM event WHERE id = $1").execute(Tuple.of(id))
                .chain(rows -> {
                    List<EventView> found = views(rows);
                    if (found.isEmpty()) {
                        return Uni.createFrom().item(Optional.<EventDetail>empty());
                    }
                    return claims.ofEvent(db, id).map(list -> Optional.of(new EventDetail(found.get(0), list)));
                });
    }

    private static List<EventView> views(Iterable<Row> rows) {
        List<EventView> views = new ArrayList<>();
        for (Row r : rows) {
            views.add(new EventView(r.getString("id"), r.getString("outcome"), r.getString("grp"), SqlFilter.emptyToNull(r.getString("subgroup")),
                    SqlFilter.emptyToNull(r.getString("place")), SqlFilter.emptyToNull(r.getString("province")), r.getDouble("latitude"),
                    r.getDouble("longitude"), r.getLocalDate("first_date"), r.getLocalDate("last_date"), r.getLong("low"),
                    r.getLong("best"), r.getLong("high"), r.getString("best_claim_id"), r.getInteger("claims"),
                    r.getInteger("reports"), Arrays.asList(r.getArrayOfStrings("sources")), r.getBoolean("corrected")));
        }
        return views;
    }
}
