package org.casualtyledger.ingest.report;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.time.LocalDate;

/** A bulletin as received. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {
    @Id
    public String id;
    public String source;
    public String url;
    public String title;
    @Column(name = "published_at")
    public LocalDate publishedAt;
    public String language;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String text;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "claim_count")
    public int claimCount;
    /** Why the text has not been read yet (the extractor failed or overran its budget); null once read. */
    @Column(name = "read_failure")
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String readFailure;
    @Column(name = "read_attempts")
    public int readAttempts;
    /** When an unread report is read again. */
    @Column(name = "next_read_at")
    public Instant nextReadAt;
    /** 1 for the first text received; raised by each new text under the same source and url. */
    public int revision = 1;
    @Column(name = "extractor_version")
    public String extractorVersion;
}
