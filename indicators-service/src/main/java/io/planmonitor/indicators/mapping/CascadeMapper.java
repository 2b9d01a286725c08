package io.planmonitor.indicators.mapping;

import io.planmonitor.indicators.service.TargetCascades;
import io.planmonitor.indicators.v1.CascadeShare;
import io.planmonitor.indicators.v1.TargetCascade;

/** A decomposed target, domain → proto. */
public final class CascadeMapper {

    private CascadeMapper() {
    }

    public static TargetCascade toProto(TargetCascades.Cascade cascade) {
        TargetCascade.Builder proto = TargetCascade.newBuilder()
                .setTarget(TargetMapper.toProto(cascade.target().target()))
                .setEvaluation(ProgressMapper.toProto(cascade.target()))
                .addAllShares(cascade.shares().stream().map(share -> CascadeShare.newBuilder()
                        .setTarget(TargetMapper.toProto(share.target()))
                        .setEvaluation(ProgressMapper.toProto(share)).build()).toList())
                .setAdditive(cascade.additive())
                .setExplanationZh(cascade.explanationZh());
        if (cascade.sharesTargetTotal() != null) {
            proto.setSharesTargetTotal(TargetMapper.decimal(cascade.sharesTargetTotal()));
        }
        if (cascade.rolledUpYear() != null) {
            proto.setRolledUpYear(cascade.rolledUpYear()).setRolledUpActual(TargetMapper.decimal(cascade.rolledUpActual()));
        }
        return proto.build();
    }
}
