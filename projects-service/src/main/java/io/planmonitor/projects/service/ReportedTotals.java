package io.planmonitor.projects.service;

import io.planmonitor.projects.repository.ReportedTotalEntity;
import io.planmonitor.projects.repository.ReportedTotalRepository;
import io.planmonitor.projects.mapping.ReportedTotalMapper;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.GrpcCall;
import io.planmonitor.support.ResourceNames;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Totals the documents report for programmes of projects, kept as reported (they are not sums of the registry). */
@ApplicationScoped
public class ReportedTotals {


    private final ReportedTotalRepository totals;
    private final AuditTrail audit;

    ReportedTotals(ReportedTotalRepository totals, AuditTrail audit) {
        this.audit = audit;
        this.totals = totals;
    }

    @Transactional
    public ReportedTotalEntity create(ReportedTotalEntity total) {
        GrpcCall.caller().checkCanWrite(total.regionCode);
        if (totals.findById(total.id) != null) {
            throw ApiErrors.alreadyExists(ResourceNames.format(ReportedTotalMapper.COLLECTION, total.id));
        }
        totals.persistAndFlush(total);
        audit.created(ResourceNames.format(ReportedTotalMapper.COLLECTION, total.id), ReportedTotalMapper.toProto(total));
        return total;
    }

    /** Oldest year first, then by id; {@code regionCode} and {@code year} filter when not null. */
    @Transactional
    public List<ReportedTotalEntity> list(String regionCode, Integer year) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (regionCode != null) {
            conditions.add("regionCode = :regionCode");
            parameters.put("regionCode", regionCode);
        }
        if (year != null) {
            conditions.add("year = :year");
            parameters.put("year", year);
        }
        Sort order = Sort.by("year").and("id");
        return conditions.isEmpty() ? totals.listAll(order)
                : totals.list(String.join(" and ", conditions), order, parameters);
    }
}
