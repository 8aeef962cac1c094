package org.casualtyledger.ingest.reextract;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A re-extraction job: which reports it reads, with which extractor, and how far it has come. */
@Entity
@Table(name = "reextraction")
public class Reextraction extends PanacheEntityBase {
    /** CANCELLED: stopped by an admin; the reports it had not read stay as they were. */
    public enum State { RUNNING, FINISHED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "filter_key")
    public String filterKey;
    public String source;
    @Column(name = "published_from")
    public LocalDate publishedFrom;
    @Column(name = "published_to")
    public LocalDate publishedTo;
    @Column(name = "older_than")
    public String olderThan;
    @Column(name = "not_current")
    public boolean notCurrent;
    @Column(name = "extractor_version")
    public String extractorVersion;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;
    public int total;
    public int done;
    public int failed;
    public int changed;
    /** Times a replica took the job up; more than one means it was resumed after an interruption. */
    public int runs;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
