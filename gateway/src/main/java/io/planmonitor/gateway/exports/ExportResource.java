package io.planmonitor.gateway.exports;

import io.planmonitor.gateway.api.AllPages;
import io.planmonitor.gateway.api.AsOfDates;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.dashboards.PlanTables;
import io.planmonitor.gateway.projects.ProjectFilterParameters;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.projects.v1.ListProjectsResponse;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plan offices live in spreadsheets: a plan's indicator table and a project list as CSV and .xlsx for Excel and WPS. */
@Path("/api/v1/exports")
@Tag(name = "Exports", description = "CSV (UTF-8 with BOM) and .xlsx of a plan's indicator table and of project lists")
public class ExportResource {

    @Inject
    PlanTables tables;

    @Inject
    ServiceClients services;

    @GET
    @Path("/plans/{planId}/targets.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "A plan's indicator table with each row's evaluation, as the dashboard gives it, in CSV")
    public Uni<Response> planTable(@PathParam("planId") String planId,
            @QueryParam("asOf") @DefaultValue("") String asOf,
            @Parameter(example = "专栏1") @QueryParam("section") @DefaultValue("") String section) {
        return planRows(planId, asOf, section).map(rows -> attachment(planId + "-targets.csv", Csv.MEDIA_TYPE,
                Csv.write(ExportColumns.PLAN_TABLE, rows)));
    }

    @GET
    @Path("/projects.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "Projects, optionally only those the project list's filters keep, in CSV")
    public Uni<Response> projects(@BeanParam ProjectFilterParameters filter) {
        return projectRows(filter).map(rows -> attachment(projectsFile(filter.plan()) + ".csv", Csv.MEDIA_TYPE,
                Csv.write(ExportColumns.PROJECTS, rows)));
    }

    @GET
    @Path("/plans/{planId}/targets.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "A plan's indicator table with each row's evaluation, as an Excel workbook (sheet 指标)")
    public Uni<Response> planTableWorkbook(@PathParam("planId") String planId,
            @QueryParam("asOf") @DefaultValue("") String asOf,
            @Parameter(example = "专栏1") @QueryParam("section") @DefaultValue("") String section) {
        return planRows(planId, asOf, section).map(rows -> attachment(planId + "-targets.xlsx", Xlsx.MEDIA_TYPE,
                Xlsx.write("指标", ExportColumns.PLAN_TABLE, rows)));
    }

    @GET
    @Path("/projects.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "Projects, optionally only those the project list's filters keep, as an Excel workbook "
            + "(sheet 项目)")
    public Uni<Response> projectsWorkbook(@BeanParam ProjectFilterParameters filter) {
        return projectRows(filter).map(rows -> attachment(projectsFile(filter.plan()) + ".xlsx", Xlsx.MEDIA_TYPE,
                Xlsx.write("项目", ExportColumns.PROJECTS, rows)));
    }

    /** The plan table's rows in the export's columns; the same for CSV and workbook. */
    private Uni<List<List<String>>> planRows(String planId, String asOf, String section) {
        return tables.table(planId, AsOfDates.parse(asOf), section)
                .map(table -> table.rows().stream().map(ExportColumns::planRow).toList());
    }

    /** Every page of the project list, as rows in the export's columns. */
    private Uni<List<List<String>>> projectRows(ProjectFilterParameters filter) {
        return AllPages.collect(token -> services.projects().listProjects(
                        filter.applyTo(ListProjectsRequest.newBuilder()).setPageSize(1000).setPageToken(token).build()),
                ListProjectsResponse::getProjectsList, ListProjectsResponse::getNextPageToken)
                .map(projects -> projects.stream().map(ExportColumns::projectRow).toList());
    }

    private static String projectsFile(String plan) {
        return plan.isEmpty() ? "projects" : plan + "-projects";
    }

    private static Response attachment(String fileName, String mediaType, Object content) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
