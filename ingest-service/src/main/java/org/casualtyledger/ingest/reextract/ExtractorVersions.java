package org.casualtyledger.ingest.reextract;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.casualtyledger.ingest.report.ReportReader;
import org.jboss.logging.Logger;

/**
 * Every extractor version that ran against this database, with when it was first seen: the order "older than" uses.
 * The current one is recorded at start, and again before each job is planned.
 */
@ApplicationScoped
public class ExtractorVersions {
    private static final Logger LOG = Logger.getLogger(ExtractorVersions.class);
    private static final String RECORD = "INSERT INTO extractor_version (version, first_seen_at) VALUES (:version, now()) "
            + "ON CONFLICT (version) DO NOTHING";

    private final ReportReader reader;

    public ExtractorVersions(ReportReader reader) {
        this.reader = reader;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(this::recordCurrent));
            LOG.infof("Extractor version %s", reader.version());
        } catch (Throwable e) {
            LOG.warnf("Extractor version %s not recorded at start (it is before the next re-extraction): %s", reader.version(), e.toString());
        }
    }

    public String current() {
        return reader.version();
    }

    /** Records the current version if it is new. Call inside a transaction. */
    Uni<Void> recordCurrent() {
        return Panache.getSession().chain(session -> session.createNativeQuery(RECORD)
                .setParameter("version", reader.version()).executeUpdate()).replaceWithVoid();
    }

    /** Whether the version is known here. */
    Uni<Boolean> known(String version) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT count(*) FROM extractor_version WHERE version = :version", Long.class)
                .setParameter("version", version).getSingleResult()).map(count -> count > 0);
    }
}
