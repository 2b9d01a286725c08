package io.planmonitor.projects.grpc;

import io.planmonitor.projects.domain.BatchRole;
import io.planmonitor.projects.domain.InvestmentPace;
import io.planmonitor.projects.mapping.BatchMapper;
import io.planmonitor.projects.mapping.InvestmentMapper;
import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.service.BatchBoard;
import io.planmonitor.projects.service.IndicatorDirectory;
import io.planmonitor.projects.service.ProjectSummaries;
import io.planmonitor.projects.v1.AddBatchProjectRequest;
import io.planmonitor.projects.v1.Batch;
import io.planmonitor.projects.v1.BatchConversion;
import io.planmonitor.projects.v1.CreateBatchRequest;
import io.planmonitor.projects.v1.GetBatchConversionRequest;
import io.planmonitor.projects.v1.GetBatchRequest;
import io.planmonitor.projects.v1.ListBatchesRequest;
import io.planmonitor.projects.v1.ListBatchesResponse;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.v1.SummarizeProjectsResponse;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.IsoDates;
import io.planmonitor.support.RequestFields;
import io.planmonitor.support.ResourceNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 三个一批 and summary methods of ProjectService: request checks and mapping. */
@ApplicationScoped
class BatchGrpcHandlers {

    private static final Pattern BATCH_NAME = Pattern.compile("batches/(\\d{4})-q([1-4])");

    private final BatchBoard board;
    private final ProjectSummaries summaries;
    private final IndicatorDirectory regions;

    BatchGrpcHandlers(BatchBoard board, ProjectSummaries summaries, IndicatorDirectory regions) {
        this.regions = regions;
        this.board = board;
        this.summaries = summaries;
    }

    Batch createBatch(CreateBatchRequest request) {
        int year = PeriodFields.year(request.getBatch().getYear(), "batch.year");
        int quarter = request.getBatch().getQuarter();
        if (quarter < 1 || quarter > 4) {
            throw ApiErrors.invalidArgument("batch.quarter", "must be 1-4");
        }
        String title = RequestFields.optional(request.getBatch().getTitle(), "batch.title", 300);
        return BatchMapper.toProto(board.create(year, quarter, title));
    }

    Batch getBatch(GetBatchRequest request) {
        return BatchMapper.toProto(board.get(batchId(request.getName(), "name")));
    }

    ListBatchesResponse listBatches(ListBatchesRequest request) {
        Integer year = request.getYear() == 0 ? null : PeriodFields.year(request.getYear());
        return ListBatchesResponse.newBuilder()
                .addAllBatches(board.list(year).stream().map(BatchMapper::toProto).toList())
                .build();
    }

    Batch addBatchProject(AddBatchProjectRequest request) {
        String batchId = batchId(request.getBatch(), "batch");
        String projectId = ResourceNames.parse(ProjectMapper.COLLECTION, request.getMember().getProject(),
                "member.project");
        BatchRole role = BatchMapper.fromProto(request.getMember().getRole());
        if (role == null) {
            throw ApiErrors.invalidArgument("member.role", "is required: BATCH_ROLE_SIGN, _START or _OPERATE");
        }
        return BatchMapper.toProto(board.add(batchId, projectId, role));
    }

    BatchConversion getBatchConversion(GetBatchConversionRequest request) {
        return BatchMapper.toProto(board.conversion(batchId(request.getName(), "name")));
    }

    SummarizeProjectsResponse summarizeProjects(SummarizeProjectsRequest request) {
        ProjectSummaries.Dimension dimension = switch (request.getGroupBy()) {
            case SUMMARY_DIMENSION_REGION -> ProjectSummaries.Dimension.REGION;
            case SUMMARY_DIMENSION_SECTOR -> ProjectSummaries.Dimension.SECTOR;
            case SUMMARY_DIMENSION_LEVEL -> ProjectSummaries.Dimension.LEVEL;
            case SUMMARY_DIMENSION_STAGE -> ProjectSummaries.Dimension.STAGE;
            default -> throw ApiErrors.invalidArgument("group_by", "is required: REGION, SECTOR, LEVEL or STAGE");
        };
        LocalDate asOf = IsoDates.parseOptional(request.getAsOfDate(), "as_of_date");
        YearMonth read = asOf == null ? null : PeriodFields.monthRead(request.getYear(), request.getMonth(), asOf);
        int year = read == null ? PeriodFields.year(request.getYear()) : read.getYear();
        int month = read != null ? read.getMonthValue()
                : request.getMonth() == 0 ? 0 : PeriodFields.month(request.getMonth());
        SummarizeProjectsResponse.Builder response = SummarizeProjectsResponse.newBuilder()
                .addAllGroups(summaries.summarize(dimension, year, month, ProjectFilters.of(request, regions)).stream()
                        .map(BatchMapper::toProto).toList())
                .setYear(year).setMonth(month);
        if (month > 0) {
            response.setTimeElapsed(InvestmentMapper.decimal(InvestmentPace.timeElapsed(month)));
        }
        return response.build();
    }

    private static String batchId(String name, String field) {
        Matcher matcher = BATCH_NAME.matcher(name);
        if (!matcher.matches()) {
            throw ApiErrors.invalidArgument(field, "must be a batch name like batches/2024-q2");
        }
        return BatchBoard.batchId(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }
}
