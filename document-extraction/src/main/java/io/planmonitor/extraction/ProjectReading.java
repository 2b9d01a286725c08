package io.planmonitor.extraction;

/**
 * A named project: its sector (the 专栏 box's or the passage's grouping), stage from the wording next to it
 * (PLANNED when none: CONTINUING 续建, STARTED 新开工, PREPARING 前期/谋划, SIGNED 签约, COMPLETED 建成, IN_OPERATION 投用),
 * and its investment in yuan when the document gives one (converted exactly from 亿元/万元), with the printed figure.
 */
public record ProjectReading(String name, String sector, String stage, String investmentYuan,
        String investmentPrinted, String investmentUnit) {
}
