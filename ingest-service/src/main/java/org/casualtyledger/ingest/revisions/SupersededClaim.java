package org.casualtyledger.ingest.revisions;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A claim of an earlier reading of a report, kept as it was when a new text or a new extractor replaced it. */
@Entity
@Table(name = "superseded_claim")
public class SupersededClaim extends PanacheEntityBase {
    @Id
    public Long seq;
    public String id;
    @Column(name = "report_id")
    public String reportId;
    public int revision;
    @Column(name = "span_start")
    public int spanStart;
    public String outcome;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String body;
    @Column(name = "extractor_version")
    public String extractorVersion;
    @Column(name = "superseded_at")
    public Instant supersededAt;
}
