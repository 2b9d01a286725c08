package io.planmonitor.support.idempotency;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.DatabaseTime;
import io.planmonitor.support.auth.GrpcCall;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a create safe to retry: a call carrying {@code idempotency-key} metadata runs once per caller, method and
 * key; a repeat with the same request gets the first answer again, without writing. The key is claimed (a unique
 * row) before the write and holds the answer after it, so two concurrent repeats cannot both write: the second is
 * ABORTED while the first runs. A write that fails releases the key, so the client may try again; a claim left
 * without an answer by a process that died is released after its {@link #LEASE}. Keys are kept for
 * {@link #RETENTION} ({@link ExpiredKeySweep} deletes older ones); a key sent again with a different request is
 * INVALID_ARGUMENT.
 */
@ApplicationScoped
public class IdempotentWrites implements PanacheRepositoryBase<IdempotentRequestEntity, Long> {

    static final Duration RETENTION = Duration.ofHours(24);
    /**
     * How long a claim without an answer holds its key: past it, the call that claimed it is taken to be gone (its
     * process killed before the write committed), so a retry may run. Far longer than any write takes (the gateway's
     * deadline is 5 s).
     */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int MAX_KEY_LENGTH = 200;

    /** The answer of {@code write}, run at most once per idempotency key; without a key it simply runs. */
    public <M extends Message> M once(Message request, Parser<M> responses, Supplier<M> write) {
        String key = GrpcCall.idempotencyKey();
        if (key.isEmpty()) {
            return write.get();
        }
        if (key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiErrors.invalidArgument("idempotency_key", "must be 1–" + MAX_KEY_LENGTH
                    + " printable ASCII characters, e.g. a UUID");
        }
        String caller = GrpcCall.caller().name();
        String method = GrpcCall.method();
        String digest = sha256(request);
        Optional<byte[]> earlier = claim(caller, method, key, digest);
        if (earlier.isPresent()) {
            try {
                return responses.parseFrom(earlier.get());
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("a stored answer does not parse: " + e.getMessage(), e);
            }
        }
        M response;
        try {
            response = write.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> delete("caller = ?1 and method = ?2 and key = ?3",
                    caller, method, key));
            throw e;
        }
        QuarkusTransaction.requiringNew().run(() -> update("response = ?1 where caller = ?2 and method = ?3 and key = ?4",
                response.toByteArray(), caller, method, key));
        return response;
    }

    /** Deletes the keys older than the retention (answered or not); how many there were. */
    @Transactional
    public long deleteExpired() {
        return delete("createdAt < ?1", DatabaseTime.now().minus(RETENTION));
    }

    /** The earlier answer to this key, or empty once the key is claimed for this request. */
    private Optional<byte[]> claim(String caller, String method, String key, String digest) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                IdempotentRequestEntity known = find("caller = ?1 and method = ?2 and key = ?3", caller, method, key)
                        .firstResultOptional().orElse(null);
                if (known != null && outlived(known)) {
                    delete(known);
                    flush();
                    known = null;
                }
                if (known == null) {
                    IdempotentRequestEntity claimed = new IdempotentRequestEntity();
                    claimed.caller = caller;
                    claimed.method = method;
                    claimed.key = key;
                    claimed.requestSha256 = digest;
                    claimed.createdAt = DatabaseTime.now();
                    persistAndFlush(claimed);
                    return Optional.<byte[]>empty();
                }
                if (!known.requestSha256.equals(digest)) {
                    throw ApiErrors.invalidArgument("idempotency_key", "was already used for a different request");
                }
                if (known.response == null) {
                    throw inProgress();
                }
                return Optional.of(known.response);
            });
        } catch (PersistenceException concurrentClaim) {
            // Another call with the same key claimed it between our read and our insert.
            throw inProgress();
        }
    }

    /** Past its retention, or a claim without an answer past its lease: the key is free again. */
    private static boolean outlived(IdempotentRequestEntity known) {
        Duration kept = known.response == null ? LEASE : RETENTION;
        return known.createdAt.isBefore(DatabaseTime.now().minus(kept));
    }

    private static RuntimeException inProgress() {
        return io.grpc.Status.ABORTED.withDescription("a request with this idempotency key is being served; "
                + "ask again in a moment").asRuntimeException();
    }

    private static String sha256(Message request) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream output = CodedOutputStream.newInstance(bytes);
            output.useDeterministicSerialization();
            request.writeTo(output);
            output.flush();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
