package org.casualtyledger.ingest.revisions;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One text a report has had; the current revision has no supersededAt. */
@Entity
@Table(name = "report_revision")
@IdClass(ReportRevision.Key.class)
public class ReportRevision extends PanacheEntityBase {
    @Id
    @Column(name = "report_id")
    public String reportId;
    @Id
    public int revision;
    @Column(name = "content_hash")
    public String contentHash;
    public String title;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String text;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "superseded_at")
    public Instant supersededAt;
    @Column(name = "claim_count")
    public int claimCount;
    @Column(name = "extractor_version")
    public String extractorVersion;

    /** The composite key (report, revision). */
    public static class Key implements Serializable {
        public String reportId;
        public int revision;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.revision == revision && Objects.equals(k.reportId, reportId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, revision);
        }
    }
}
