package io.planmonitor.projects.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class BatchMemberRepository implements PanacheRepositoryBase<BatchMemberEntity, BatchMemberEntity.Key> {

    public List<BatchMemberEntity> ofBatch(String batchId) {
        return list("key.batchId = ?1 order by key.role, key.projectId", batchId);
    }
}
