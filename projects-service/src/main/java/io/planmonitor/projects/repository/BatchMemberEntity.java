package io.planmonitor.projects.repository;

import io.planmonitor.projects.domain.BatchRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A project's place in a batch, in one role. */
@Entity
@Table(name = "batch_member")
public class BatchMemberEntity {

    @EmbeddedId
    public Key key;

    @Embeddable
    public record Key(
            @Column(name = "batch_id") String batchId,
            @Column(name = "project_id") String projectId,
            @Enumerated(EnumType.STRING) @Column(name = "role") BatchRole role) implements Serializable {
    }
}
