package io.planmonitor.indicators.service;

import io.planmonitor.indicators.repository.RegionEntity;
import io.planmonitor.indicators.repository.RegionRepository;
import io.planmonitor.indicators.mapping.PlanMapper;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.GrpcCall;
import io.planmonitor.support.KeysetPages;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Deque;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regions by GB/T 2260 code, and the "regions/{code}" names other resources use to point at them. */
@ApplicationScoped
public class RegionDirectory {

    private static final Pattern NAME = Pattern.compile("regions/(\\d{6})");

    private final RegionRepository regions;
    private final AuditTrail audit;

    RegionDirectory(RegionRepository regions, AuditTrail audit) {
        this.audit = audit;
        this.regions = regions;
    }

    /** The code in "regions/{code}"; INVALID_ARGUMENT on {@code field} for another shape. */
    public static String code(String name, String field) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            throw ApiErrors.invalidArgument(field, "must be a region name like regions/410184");
        }
        return matcher.group(1);
    }

    public RegionEntity get(String code) {
        RegionEntity region = regions.findById(code);
        if (region == null) {
            throw ApiErrors.notFound(PlanMapper.regionName(code));
        }
        return region;
    }

    /** The code of the region {@code name} points at; INVALID_ARGUMENT on {@code field} when there is none. */
    public String requireExisting(String name, String field) {
        String code = code(name, field);
        if (regions.findById(code) == null) {
            throw ApiErrors.invalidArgument(field, name + " does not exist");
        }
        return code;
    }

    @Transactional
    public Page<RegionEntity> list(String parentCode, PageRequest request) {
        return parentCode == null
                ? KeysetPages.read(regions, request, "code", region -> region.code, null, Map.of())
                : KeysetPages.read(regions, request, "code", region -> region.code, "parentCode = :parent",
                        Map.of("parent", parentCode));
    }

    /** {@code code} and every region under it, level by level; NOT_FOUND when {@code code} is unknown. */
    @Transactional
    public Set<String> withSubregions(String code) {
        get(code);
        Set<String> codes = new LinkedHashSet<>(List.of(code));
        Deque<String> parents = new ArrayDeque<>(codes);
        while (!parents.isEmpty()) {
            for (RegionEntity child : regions.list("parentCode", parents.removeFirst())) {
                if (codes.add(child.code)) {
                    parents.addLast(child.code);
                }
            }
        }
        return codes;
    }

    @Transactional
    public RegionEntity create(RegionEntity region) {
        GrpcCall.caller().checkAdmin("add a region");
        if (regions.findById(region.code) != null) {
            throw ApiErrors.alreadyExists(PlanMapper.regionName(region.code));
        }
        if (region.parentCode != null && regions.findById(region.parentCode) == null) {
            throw ApiErrors.invalidArgument("region.parent", PlanMapper.regionName(region.parentCode) + " does not exist");
        }
        regions.persistAndFlush(region);
        audit.created(PlanMapper.regionName(region.code), PlanMapper.toProto(region));
        return region;
    }
}
