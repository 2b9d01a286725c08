package io.planmonitor.support.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One client request made with an idempotency key: which caller, method and key, a digest of the request, and the
 * answer once there is one (null while the request is being served).
 */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequestEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String caller;

    @Column(nullable = false)
    public String method;

    @Column(name = "idempotency_key", nullable = false)
    public String key;

    /** SHA-256 of the request message, deterministically serialised. */
    @Column(name = "request_sha256", nullable = false)
    public String requestSha256;

    /** The response message as it was sent. */
    @Column(name = "response")
    public byte[] response;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
