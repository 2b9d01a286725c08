package io.planmonitor.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<DocumentEntity, String> {

    public Optional<DocumentEntity> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }
}
