package io.planmonitor.gateway.problems;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the proto field paths of gRPC field violations into the names the REST client sent:
 * {@code project.total_investment.amount.value} → {@code totalInvestment.amount}, {@code indicator_id} → {@code indicatorId}.
 */
public final class FieldPaths {

    private static final Pattern SNAKE = Pattern.compile("_([a-z0-9])");

    private FieldPaths() {
    }

    public static String toJson(String protoPath) {
        String path = protoPath;
        // The REST body is the resource itself, not a request wrapping it.
        for (String wrapper : new String[] {"indicator.", "project.", "plan.", "target.", "observation.", "region.",
                "batch.", "reported_total."}) {
            if (path.startsWith(wrapper)) {
                path = path.substring(wrapper.length());
            }
        }
        // A plan's or document's YearSpan is flat in JSON (startYear, endYear).
        if (path.startsWith("period.start_year") || path.startsWith("period.end_year")) {
            path = path.substring("period.".length());
        }
        // A common.v1.Decimal is a plain string in JSON.
        if (path.endsWith(".value")) {
            path = path.substring(0, path.length() - ".value".length());
        }
        Matcher matcher = SNAKE.matcher(path);
        StringBuilder camel = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(camel, matcher.group(1).toUpperCase());
        }
        return matcher.appendTail(camel).toString();
    }
}
