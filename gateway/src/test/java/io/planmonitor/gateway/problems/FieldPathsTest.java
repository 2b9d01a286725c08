package io.planmonitor.gateway.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldPathsTest {

    @Test
    void resourceWrapperIsDroppedAndSnakeCaseBecomesCamelCase() {
        assertEquals("displayName", FieldPaths.toJson("indicator.display_name"));
        assertEquals("regionCode", FieldPaths.toJson("project.region_code"));
        assertEquals("indicators[2]", FieldPaths.toJson("project.indicators[2]"));
        assertEquals("year", FieldPaths.toJson("batch.year"));
        assertEquals("year", FieldPaths.toJson("reported_total.year"));
        assertEquals("indicatorId", FieldPaths.toJson("indicator_id"));
        assertEquals("pageToken", FieldPaths.toJson("page_token"));
        assertEquals("targetYear", FieldPaths.toJson("target.target_year"));
        assertEquals("period.month", FieldPaths.toJson("observation.period.month"));
        assertEquals("startYear", FieldPaths.toJson("plan.period.start_year"));
        assertEquals("endYear", FieldPaths.toJson("period.end_year"));
    }

    @Test
    void decimalValueIsTheJsonStringItself() {
        assertEquals("totalInvestment.amount", FieldPaths.toJson("project.total_investment.amount.value"));
        assertEquals("totalInvestment.currencyCode", FieldPaths.toJson("project.total_investment.currency_code"));
    }
}
