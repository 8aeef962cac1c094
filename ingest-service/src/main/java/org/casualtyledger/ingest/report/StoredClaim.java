package org.casualtyledger.ingest.report;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A claim as extracted from a report, kept as the JSON that is delivered downstream. */
@Entity
@Table(name = "claim")
public class StoredClaim extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "report_id")
    public String reportId;
    @Column(name = "span_start")
    public int spanStart;
    public String outcome;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String body;
    /** The report revision whose text the claim was read from. */
    public int revision = 1;
    @Column(name = "extractor_version")
    public String extractorVersion;
}
