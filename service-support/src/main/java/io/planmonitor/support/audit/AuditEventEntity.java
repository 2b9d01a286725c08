package io.planmonitor.support.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One write, as the audit trail keeps it: who, when, which method, which resource, its state before and after. */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity extends PanacheEntityBase {

    /** From the identity column's sequence, 50 ids at a time (it steps by 50), so many rows insert in one statement. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    @SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    /** The caller's roles, comma-separated as the token named them. */
    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    /** The gRPC method, e.g. planmonitor.projects.v1.ProjectService/CreateProject. */
    @Column(nullable = false)
    public String method;

    /** The resource written, e.g. projects/zz-2024-001. */
    @Column(nullable = false)
    public String resource;

    /** The resource before the write as proto JSON; null for a create. */
    @Column(name = "before_json")
    public String beforeJson;

    /** The resource after the write as proto JSON; null for a delete. */
    @Column(name = "after_json")
    public String afterJson;
}
