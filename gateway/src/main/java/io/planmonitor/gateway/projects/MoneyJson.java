package io.planmonitor.gateway.projects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money", description = "An exact amount in a currency's main unit (yuan for CNY)")
public record MoneyJson(
        @Schema(description = "ISO 4217; CNY when absent", example = "CNY") String currencyCode,
        @Schema(description = "Decimal string, at most 2 decimal places; 50 亿元 is \"5000000000\"",
                example = "5000000000.00") String amount) {
}
