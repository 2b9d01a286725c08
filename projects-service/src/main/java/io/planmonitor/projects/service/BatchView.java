package io.planmonitor.projects.service;

import io.planmonitor.projects.repository.BatchEntity;
import io.planmonitor.projects.repository.BatchMemberEntity;
import java.util.List;

/** A batch with its members. */
public record BatchView(BatchEntity batch, List<BatchMemberEntity> members) {
}
