package org.casualtyledger.ingest.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;

/** One change to hand to tally-service, written in the same transaction as the change itself. */
@Entity
@Table(name = "outbox")
public class OutboxEntry extends PanacheEntityBase {
    public enum Kind { UPSERT, RETRACT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id")
    public String reportId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    /** For UPSERT, the claim batch as JSON; for RETRACT, empty. */
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String payload;
    @Column(name = "created_at")
    public Instant createdAt;
    public int attempts;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** Set when tally-service refused the entry for good (a 4xx): kept for an operator, never retried. */
    @Column(name = "failed_at")
    public Instant failedAt;
    @Column(name = "last_error")
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String lastError;

    public static OutboxEntry of(String reportId, Kind kind, String payload) {
        OutboxEntry entry = new OutboxEntry();
        entry.reportId = reportId;
        entry.kind = kind;
        entry.payload = payload;
        entry.createdAt = Instant.now();
        return entry;
    }
}
