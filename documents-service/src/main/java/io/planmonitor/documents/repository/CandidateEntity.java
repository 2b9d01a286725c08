package io.planmonitor.documents.repository;

import io.planmonitor.documents.domain.CandidateState;
import io.planmonitor.extraction.CandidateKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A record read from a document; its reading is the contract's message for its kind, as proto JSON. */
@Entity
@Table(name = "candidate")
public class CandidateEntity {

    @Embeddable
    public record Key(@Column(name = "document_id") String documentId, @Column(name = "seq") int seq)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CandidateKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CandidateState state;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public String section;

    @Column(nullable = false)
    public String quote;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    @Column(name = "reading_json", nullable = false)
    public String readingJson;

    @Column(name = "written_resource")
    public String writtenResource;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Version
    public long version;
}
