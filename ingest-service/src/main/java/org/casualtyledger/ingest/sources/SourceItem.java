package org.casualtyledger.ingest.sources;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One item a feed listed, by its page URL: the report stored from it, or the error that kept it out. */
@Entity
@Table(name = "source_item")
@IdClass(SourceItem.Key.class)
public class SourceItem extends PanacheEntityBase {
    @Id
    @Column(name = "source_name")
    public String sourceName;
    @Id
    public String url;
    /** Hash of what the feed says about the item; when it changes, the page is read again. */
    @Column(name = "entry_fingerprint")
    public String entryFingerprint;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "report_id")
    public String reportId;
    @Column(name = "first_seen_at")
    public Instant firstSeenAt;
    @Column(name = "fetched_at")
    public Instant fetchedAt;
    @Column(name = "last_error")
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String lastError;
    @Column(name = "last_error_status")
    public Integer lastErrorStatus;

    public boolean stored() {
        return contentHash != null;
    }

    /** The composite key: source and page URL. */
    public static class Key implements Serializable {
        public String sourceName;
        public String url;

        public Key() {
        }

        public Key(String sourceName, String url) {
            this.sourceName = sourceName;
            this.url = url;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(sourceName, key.sourceName) && Objects.equals(url, key.url);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sourceName, url);
        }
    }
}
