package io.planmonitor.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.devauth.HostileTokens;
import io.planmonitor.devauth.JwtTestKeys;
import io.planmonitor.documents.domain.TextPdf;
import io.planmonitor.documents.v1.AcceptCandidateRequest;
import io.planmonitor.documents.v1.DocumentKind;
import io.planmonitor.documents.v1.DocumentServiceGrpc;
import io.planmonitor.documents.v1.GetDocumentRequest;
import io.planmonitor.documents.v1.ListCandidatesRequest;
import io.planmonitor.documents.v1.ListDocumentsRequest;
import io.planmonitor.documents.v1.ReviewCandidatesRequest;
import io.planmonitor.documents.v1.SubmitDocumentRequest;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * documents-service on its own, over real gRPC and a real PostgreSQL, with indicators-service and projects-service
 * not running: every bad submission is refused naming its field before anything is read, a good one meets
 * UNAVAILABLE (its candidates cannot be matched against a catalogue it cannot read) and stores nothing, and the
 * reads and reviews of documents that do not exist are NOT_FOUND. The full path with the other services is in e2e.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "documents"))
class DocumentGrpcServiceTest {

    @GrpcClient("documents")
    DocumentServiceGrpc.DocumentServiceBlockingStub service;

    private static SubmitDocumentRequest.Builder submission(String text) {
        return SubmitDocumentRequest.newBuilder()
                .setContent(ByteString.copyFrom(text, StandardCharsets.UTF_8))
                .setTitle("测试公报（API 示例数据）")
                .setRegionCode("410184")
                .setKind(DocumentKind.DOCUMENT_KIND_STATISTICAL_BULLETIN)
                .setPeriod(YearSpan.newBuilder().setStartYear(2023));
    }

    @Test
    void badSubmissionsAreRefusedNamingTheField() {
        assertFieldViolation("content", () -> service.submitDocument(submission("").build()));
        // A PDF of scanned pages has no text layer: refused, not stored as an empty document.
        assertFieldViolation("content", () -> service.submitDocument(submission("").setFileName("scan.pdf")
                .setContent(ByteString.copyFrom(TextPdf.of(List.of()))).build()));
        assertFieldViolation("region_code", () -> service.submitDocument(submission("正文").setRegionCode("41").build()));
        assertFieldViolation("kind", () -> service.submitDocument(submission("正文")
                .setKind(DocumentKind.DOCUMENT_KIND_UNSPECIFIED).build()));
        assertFieldViolation("period.start_year", () -> service.submitDocument(submission("正文")
                .setPeriod(YearSpan.newBuilder().setStartYear(1800)).build()));
        assertFieldViolation("period.end_year", () -> service.submitDocument(submission("正文")
                .setPeriod(YearSpan.newBuilder().setStartYear(2023).setEndYear(2020)).build()));
        assertFieldViolation("title", () -> service.submitDocument(submission("正文").setTitle("  ").build()));
        assertFieldViolation("document_id", () -> service.submitDocument(submission("正文").setDocumentId("Bad Id").build()));
        assertFieldViolation("plan", () -> service.submitDocument(submission("正文").setPlan("targets/x").build()));
        assertFieldViolation("region_code", () -> service.listDocuments(ListDocumentsRequest.newBuilder()
                .setRegionCode("a\u0000b").build()));
        assertEquals(0, service.listDocuments(ListDocumentsRequest.getDefaultInstance()).getTotalSize());
    }

    @Test
    void withIndicatorsServiceDownASubmissionIsUnavailableAndStoresNothing() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> service.submitDocument(submission("初步核算，全年地区生产总值增长6.2%。（API 示例数据）").build()));
        assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode(), e.getStatus().toString());
        assertEquals(0, service.listDocuments(ListDocumentsRequest.getDefaultInstance()).getTotalSize());
    }

    @Test
    void anEditorSubmitsOnlyForItsRegionsAndACallerWithoutTokenNotAtAll() {
        String jinshui = JwtTestKeys.tokens().mint("jinshui-editor", List.of("editor"), List.of("410105"),
                Duration.ofHours(1));
        assertCode(Status.Code.PERMISSION_DENIED, () -> calling("Bearer " + jinshui)
                .submitDocument(submission("正文（API 示例数据）").build()));
        assertCode(Status.Code.UNAUTHENTICATED, () -> calling("Bearer not-a-token")
                .submitDocument(submission("正文（API 示例数据）").build()));
        HostileTokens hostile = new HostileTokens(JwtTestKeys.keys());
        for (String token : List.of(hostile.unsigned("unsigned"), hostile.hmacWithThePublicKey("confused"),
                hostile.viewerRaisedToAdmin("raised"))) {
            assertCode(Status.Code.UNAUTHENTICATED, () -> calling("Bearer " + token)
                    .submitDocument(submission("正文（API 示例数据）").build()));
        }
    }

    @Test
    void unknownDocumentsAndCandidatesAreNotFound() {
        assertCode(Status.Code.NOT_FOUND, () -> service.getDocument(GetDocumentRequest.newBuilder()
                .setName("documents/none").build()));
        assertCode(Status.Code.NOT_FOUND, () -> service.listCandidates(ListCandidatesRequest.newBuilder()
                .setParent("documents/none").build()));
        assertCode(Status.Code.NOT_FOUND, () -> service.acceptCandidate(AcceptCandidateRequest.newBuilder()
                .setName("documents/none/candidates/1").build()));
        assertFieldViolation("name", () -> service.acceptCandidate(AcceptCandidateRequest.newBuilder()
                .setName("documents/none").build()));
        assertFieldViolation("action", () -> service.reviewCandidates(ReviewCandidatesRequest.newBuilder()
                .setParent("documents/none").build()));
    }

    private DocumentServiceGrpc.DocumentServiceBlockingStub calling(String authorization) {
        Metadata headers = new Metadata();
        headers.put(AdminTokenByDefault.AUTHORIZATION, authorization);
        return service.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static StatusRuntimeException assertCode(Status.Code code, Executable call) {
        StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call);
        assertEquals(code, error.getStatus().getCode(), error.getStatus().toString());
        return error;
    }

    private static void assertFieldViolation(String field, Executable call) {
        StatusRuntimeException error = assertCode(Status.Code.INVALID_ARGUMENT, call);
        try {
            BadRequest badRequest = StatusProto.fromThrowable(error).getDetails(0).unpack(BadRequest.class);
            assertEquals(field, badRequest.getFieldViolations(0).getField());
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
