package org.casualtyledger.ingest.sources;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Duration;
import java.time.Instant;

/** A feed followed on a schedule: its settings and the poller's state. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {
    @Id
    public String name;
    @Column(name = "feed_url")
    public String feedUrl;
    public String language;
    @Column(name = "poll_every_seconds")
    public long pollEverySeconds;
    @Column(name = "body_selector")
    public String bodySelector;
    public boolean enabled;
    @Column(name = "created_at")
    public Instant createdAt;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    @Column(name = "last_poll_at")
    public Instant lastPollAt;
    @Column(name = "last_success_at")
    public Instant lastSuccessAt;
    @Column(name = "last_error_at")
    public Instant lastErrorAt;
    @Column(name = "last_error")
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String lastError;
    @Column(name = "last_error_status")
    public Integer lastErrorStatus;
    @Column(name = "consecutive_failures")
    public int consecutiveFailures;
    @Column(name = "next_poll_at")
    public Instant nextPollAt;
    @Column(name = "pages_changed")
    public long pagesChanged;

    public Duration pollEvery() {
        return Duration.ofSeconds(pollEverySeconds);
    }
}
