package io.planmonitor.indicators.mapping;

import static io.planmonitor.support.ProtoValues.orEmpty;
import static io.planmonitor.support.ProtoValues.timestamp;

import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.indicators.repository.PlanEntity;
import io.planmonitor.indicators.repository.RegionEntity;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.Region;
import io.planmonitor.indicators.v1.RegionLevel;
import io.planmonitor.indicators.v1.SourceDocument;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.IsoDates;
import io.planmonitor.support.ResourceNames;

/** Regions and plans, entity → proto. */
public final class PlanMapper {

    public static final String REGION_LEVEL = "REGION_LEVEL_";
    public static final String PLAN_KIND = "PLAN_KIND_";
    /** Plans are "plans/{plan}", regions "regions/{code}". */
    public static final String COLLECTION = "plans";

    private PlanMapper() {
    }

    public static String name(String planId) {
        return ResourceNames.format(COLLECTION, planId);
    }

    public static String regionName(String code) {
        return "regions/" + code;
    }

    public static Region toProto(RegionEntity region) {
        return Region.newBuilder()
                .setName(regionName(region.code))
                .setDisplayName(region.displayName)
                .setLevel(EnumNames.toProto(region.level, REGION_LEVEL, RegionLevel.class))
                .setParent(region.parentCode == null ? "" : regionName(region.parentCode))
                .build();
    }

    public static Plan toProto(PlanEntity plan) {
        Plan.Builder proto = Plan.newBuilder()
                .setName(ResourceNames.format(COLLECTION, plan.id))
                .setDisplayName(plan.displayName)
                .setKind(EnumNames.toProto(plan.kind, PLAN_KIND, PlanKind.class))
                .setRegion(regionName(plan.regionCode))
                .setPeriod(YearSpan.newBuilder().setStartYear(plan.startYear).setEndYear(plan.endYear))
                .setIssuer(orEmpty(plan.issuer))
                .setIssueDate(IsoDates.format(plan.issueDate))
                .setParent(plan.parentId == null ? "" : ResourceNames.format(COLLECTION, plan.parentId))
                .setCreateTime(timestamp(plan.createTime))
                .setEtag(Long.toString(plan.version));
        if (plan.sourceName != null || plan.sourceSha256 != null) {
            proto.setSourceDocument(SourceDocument.newBuilder()
                    .setName(orEmpty(plan.sourceName)).setSha256(orEmpty(plan.sourceSha256)));
        }
        return proto.build();
    }
}
