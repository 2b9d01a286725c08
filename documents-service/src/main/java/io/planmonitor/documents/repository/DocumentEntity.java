package io.planmonitor.documents.repository;

import io.planmonitor.extraction.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A submitted document, one row per distinct content (sha256). */
@Entity
@Table(name = "document")
public class DocumentEntity {

    @Id
    public String id;

    @Column(nullable = false, unique = true)
    public String sha256;

    @Column(nullable = false)
    public String title;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "end_year", nullable = false)
    public int endYear;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public String charset;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    /** The plan accepted targets go into; null until given or made. */
    @Column(name = "plan_id")
    public String planId;

    @Column(nullable = false)
    public String text;

    /** The document's public address, when the submitter gave one. */
    @Column(name = "source_url")
    public String sourceUrl;

    /** A secondary compilation rather than the publishing authority's own text. */
    @Column(nullable = false)
    public boolean secondary;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
