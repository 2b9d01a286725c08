package io.planmonitor.gateway.projects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Provenance", description = "Where a fact is stated: document, verbatim quote, place in the document")
public record ProvenanceJson(
        @Schema(example = "新郑市国民经济和社会发展第十四个五年规划纲要") String document,
        @Schema(example = "——黄帝故里景区提升工程。") String quote,
        @Schema(example = "专栏10") String location) {
}
