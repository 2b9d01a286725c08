package io.planmonitor.projects.grpc;

import io.planmonitor.common.v1.Money;
import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Decimals;
import io.planmonitor.support.RequestFields;
import io.planmonitor.support.ResourceNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a CreateProjectRequest field by field and turns it into a new registry row. */
final class CreateProjectRequests {

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    /** NUMERIC(22, 2): money to the fen, up to 10^20 yuan. */
    private static final int MONEY_SCALE = 2;
    private static final int MONEY_INTEGER_DIGITS = 20;

    private CreateProjectRequests() {
    }

    static ProjectEntity toNewEntity(CreateProjectRequest request) {
        if (!request.hasProject()) {
            throw ApiErrors.invalidArgument("project", "is required");
        }
        Project project = request.getProject();
        ProjectEntity entity = new ProjectEntity();
        entity.id = ResourceNames.chooseId(request.getProjectId(), "project_id");
        entity.displayName = RequestFields.required(project.getDisplayName(), "project.display_name", 300);
        entity.regionCode = regionCode(project.getRegionCode());
        entity.level = ProjectMapper.fromProto(project.getLevel());
        ProjectStage stage = ProjectMapper.fromProto(project.getStage());
        entity.stage = stage == null ? ProjectStage.PLANNED : stage;
        if (project.hasTotalInvestment()) {
            Money money = project.getTotalInvestment();
            entity.totalInvestmentCurrency = currency(money.getCurrencyCode());
            entity.totalInvestmentAmount = amount(money);
        }
        entity.indicators = indicatorNames(project.getIndicatorsList());
        return entity;
    }

    private static String regionCode(String value) {
        if (!REGION_CODE.matcher(value).matches()) {
            throw ApiErrors.invalidArgument("project.region_code", "must be a six-digit GB/T 2260 code such as 410184");
        }
        return value;
    }

    private static String currency(String value) {
        if (value.isEmpty()) {
            return "CNY";
        }
        if (!CURRENCY_CODE.matcher(value).matches()) {
            throw ApiErrors.invalidArgument("project.total_investment.currency_code", "must be an ISO 4217 code such as CNY");
        }
        return value;
    }

    private static BigDecimal amount(Money money) {
        String field = "project.total_investment.amount";
        if (!money.hasAmount()) {
            throw ApiErrors.invalidArgument(field, "is required when total_investment is given");
        }
        BigDecimal amount = Decimals.parse(money.getAmount().getValue(), field + ".value");
        if (amount.signum() < 0) {
            throw ApiErrors.invalidArgument(field, "must not be negative");
        }
        if (amount.scale() > MONEY_SCALE) {
            throw ApiErrors.invalidArgument(field, "must have at most " + MONEY_SCALE + " decimal places (fen)");
        }
        if (amount.precision() - amount.scale() > MONEY_INTEGER_DIGITS) {
            throw ApiErrors.invalidArgument(field, "is too large");
        }
        return amount.setScale(MONEY_SCALE);
    }

    private static List<String> indicatorNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String field = "project.indicators[" + i + "]";
            String name = names.get(i);
            ResourceNames.parse("indicators", name, field);
            if (!seen.add(name)) {
                throw ApiErrors.invalidArgument(field, name + " is listed twice");
            }
            checked.add(name);
        }
        return checked;
    }
}
