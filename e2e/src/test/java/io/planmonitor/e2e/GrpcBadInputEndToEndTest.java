package io.planmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.planmonitor.common.v1.ListAuditEventsResponse;
import io.planmonitor.documents.v1.DocumentsProto;
import io.planmonitor.indicators.v1.IndicatorsProto;
import io.planmonitor.projects.v1.ProjectsProto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input for every method of the three services' gRPC APIs, called directly as other systems do, generated from
 * the contracts themselves ({@link GeneratedMessages} over each method's request descriptor), on the seed dataset so
 * that names in the requests exist. Sent as an admin, so that validation, not authorisation, has to answer. The
 * properties: no INTERNAL, UNKNOWN, UNAVAILABLE or DEADLINE_EXCEEDED; every INVALID_ARGUMENT carries a
 * google.rpc.BadRequest naming a field of the request; no stack trace or class name in any description; and a refused
 * write leaves the service's audit trail (written in the same transaction as every write) as it was. Deterministic:
 * one seed. Prints how many requests each method was tried with and how it answered; target/grpc-bad-input.txt keeps
 * the report and every failure with the request that caused it.
 */
class GrpcBadInputEndToEndTest {

    private static final long SEED = 20261207L;
    private static final int TRIES_PER_METHOD = 40;
    private static final Pattern LEAK = Pattern.compile("\\tat |Exception|java\\.lang\\.|io\\.planmonitor\\.|"
            + "org\\.hibernate|io\\.grpc\\.|SQLState|PSQLException");
    private static final Set<Status.Code> FAILURES = Set.of(Status.Code.INTERNAL, Status.Code.UNKNOWN,
            Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED, Status.Code.UNIMPLEMENTED, Status.Code.DATA_LOSS,
            Status.Code.UNAUTHENTICATED, Status.Code.CANCELLED);
    private static final Map<String, ServiceDescriptor> SERVICES = Map.of(
            "indicators", IndicatorsProto.getDescriptor().findServiceByName("IndicatorService"),
            "projects", ProjectsProto.getDescriptor().findServiceByName("ProjectService"),
            "documents", DocumentsProto.getDescriptor().findServiceByName("DocumentService"));

    private static PlanMonitorSystem system;
    private static final Map<String, ManagedChannel> CHANNELS = new LinkedHashMap<>();

    @BeforeAll
    static void startSystemWithTheSeedDataset() throws Exception {
        system = PlanMonitorSystem.start();
        PlanMonitorSystem.SeedRun seeded = system.loadSeedDataset();
        assertEquals(0, seeded.exitCode(), seeded.output());
        for (Map.Entry<String, Integer> port : system.grpcPorts().entrySet()) {
            CHANNELS.put(port.getKey(), ManagedChannelBuilder.forAddress("localhost", port.getValue()).usePlaintext()
                    .maxInboundMessageSize(64 * 1024 * 1024).build());
        }
        MethodDescriptor submit = SERVICES.get("documents").findMethodByName("SubmitDocument");
        DynamicMessage document = DynamicMessage.newBuilder(submit.getInputType())
                .setField(field(submit.getInputType(), "content"), ByteString.copyFromUtf8("""
                        测试用虚构公报（API 示例数据，非真实统计数据）
                        一、综合
                        全年全市社会消费品零售总额增长9.5%，地区生产总值增长6.2%。
                        """))
                .setField(field(submit.getInputType(), "title"), "测试用虚构公报（API 示例数据）")
                .setField(field(submit.getInputType(), "region_code"), "410105")
                .build();
        call("documents", submit, document);
    }

    @AfterAll
    static void stopSystem() throws Exception {
        CHANNELS.values().forEach(ManagedChannel::shutdownNow);
        if (system != null) {
            system.close();
        }
    }

    /** One method's tally. */
    static final class Tally {
        int tried;
        final Map<Status.Code, Integer> answers = new EnumMap<>(Status.Code.class);
        final List<String> failures = new ArrayList<>();
    }

    @Test
    void everyMethodRefusesBadInputCleanlyAndARefusedWriteWritesNothing() throws Exception {
        List<String> knownNames = knownNames();
        GeneratedMessages generated = new GeneratedMessages(SEED, knownNames);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String service : List.of("indicators", "projects", "documents")) {
            for (MethodDescriptor method : SERVICES.get(service).getMethods()) {
                Tally tally = new Tally();
                tallies.put(SERVICES.get(service).getName() + "/" + method.getName(), tally);
                boolean write = !isRead(method);
                for (int i = 0; i < TRIES_PER_METHOD; i++) {
                    DynamicMessage request = generated.message(method.getInputType());
                    int auditedBefore = write ? auditedWrites(service) : 0;
                    Answer answer = answer(service, method, request);
                    Status status = answer.status();
                    tally.tried++;
                    tally.answers.merge(status.getCode(), 1, Integer::sum);
                    String problem = problem(answer, method.getInputType());
                    if (problem == null && write && !status.isOk() && auditedWrites(service) != auditedBefore) {
                        problem = "refused with " + status.getCode() + " but the audit trail grew";
                    }
                    if (problem != null) {
                        tally.failures.add(method.getFullName() + ": " + problem + "; request: " + shorten(request));
                    }
                }
            }
        }

        StringBuilder report = new StringBuilder(String.format("gRPC bad input: %d methods, %d known names, seed %d%n",
                tallies.size(), knownNames.size(), SEED));
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            tried += tally.tried;
            failures.addAll(tally.failures);
            report.append(String.format("  %-52s %3d tried, %d failed  %s%n", entry.getKey(), tally.tried,
                    tally.failures.size(), tally.answers));
        }
        report.append(String.format("  in all: %d requests, %d failed%n", tried, failures.size()));
        System.out.print(report);
        failures.stream().limit(40).forEach(failure -> System.out.println("  FAILED " + failure));
        failures.forEach(failure -> report.append("  FAILED ").append(failure).append('\n'));
        Files.writeString(Path.of("target", "grpc-bad-input.txt"), report);
        assertTrue(failures.isEmpty(), failures.size() + " answers broke the rules; the first: "
                + failures.stream().findFirst().orElse(""));
    }

    /** A call's response (null when refused), status and trailers (a refusal's google.rpc.Status details). */
    record Answer(DynamicMessage response, Status status, Metadata trailers) {
    }

    /** What is wrong with {@code answer} to a generated request, or null when nothing is. */
    private static String problem(Answer answer, Descriptor requestType) {
        Status status = answer.status();
        String description = status.getDescription() == null ? "" : status.getDescription();
        if (FAILURES.contains(status.getCode())) {
            return status.getCode() + " " + shorten(description);
        }
        if (LEAK.matcher(description).find()) {
            return status.getCode() + " shows internals: " + shorten(description);
        }
        if (status.getCode() == Status.Code.INVALID_ARGUMENT) {
            String field = violatedField(answer);
            if (field == null) {
                return "INVALID_ARGUMENT without a BadRequest naming the field: " + shorten(description);
            }
            String first = field.split("[.\\[]", 2)[0];
            if (requestType.getFields().stream().noneMatch(f -> f.getName().equals(first)
                    || f.getJsonName().equals(first))) {
                return "INVALID_ARGUMENT names " + field + ", not a field of " + requestType.getName();
            }
        }
        return null;
    }

    private static String violatedField(Answer answer) {
        com.google.rpc.Status detailed = StatusProto.fromStatusAndTrailers(answer.status(), answer.trailers());
        if (detailed == null) {
            return null;
        }
        for (com.google.protobuf.Any detail : detailed.getDetailsList()) {
            if (detail.is(BadRequest.class)) {
                try {
                    BadRequest badRequest = detail.unpack(BadRequest.class);
                    if (badRequest.getFieldViolationsCount() > 0
                            && !badRequest.getFieldViolations(0).getField().isBlank()) {
                        return badRequest.getFieldViolations(0).getField();
                    }
                } catch (InvalidProtocolBufferException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Names and ids of what the seed dataset and the setup created, read from every list method. */
    private static List<String> knownNames() {
        Set<String> names = new TreeSet<>(List.of("regions/410105", "regions/410100", "regions/410184", "410105",
                "410100", "410184"));
        for (int pass = 0; pass < 2; pass++) {
            List<String> parents = List.copyOf(names);
            for (String service : SERVICES.keySet()) {
                for (MethodDescriptor method : SERVICES.get(service).getMethods()) {
                    if (!method.getName().startsWith("List") || method.getName().equals("ListAuditEvents")) {
                        continue;
                    }
                    FieldDescriptor parent = method.getInputType().findFieldByName("parent");
                    if (pass == 0) {
                        collectNames(call(service, method, DynamicMessage.getDefaultInstance(method.getInputType())),
                                names);
                    } else if (parent != null) {
                        parents.stream().filter(name -> name.contains("/")).limit(12).forEach(name -> collectNames(
                                call(service, method, DynamicMessage.newBuilder(method.getInputType())
                                        .setField(parent, name).build()), names));
                    }
                }
            }
        }
        List<String> known = new ArrayList<>(names);
        names.stream().filter(name -> name.contains("/")).map(name -> name.substring(name.lastIndexOf('/') + 1))
                .forEach(known::add);
        return known;
    }

    private static void collectNames(Message message, Set<String> names) {
        if (message == null) {
            return;
        }
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            List<?> values = field.getKey().isRepeated() ? (List<?>) field.getValue() : List.of(field.getValue());
            for (Object value : values) {
                if (value instanceof Message nested) {
                    collectNames(nested, names);
                } else if (value instanceof String text && text.contains("/") && !text.contains(" ")
                        && text.length() < 120 && names.size() < 400) {
                    names.add(text);
                }
            }
        }
    }

    /** A read as the contract declares it (idempotency_level = NO_SIDE_EFFECTS). */
    private static boolean isRead(MethodDescriptor method) {
        return method.getOptions().getIdempotencyLevel()
                == com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel.NO_SIDE_EFFECTS;
    }

    /** The number of writes {@code service}'s audit trail holds. */
    private static int auditedWrites(String service) throws InvalidProtocolBufferException {
        MethodDescriptor list = SERVICES.get(service).findMethodByName("ListAuditEvents");
        DynamicMessage request = DynamicMessage.newBuilder(list.getInputType())
                .setField(field(list.getInputType(), "page_size"), 1).build();
        return ListAuditEventsResponse.parseFrom(call(service, list, request).toByteString()).getTotalSize();
    }

    /** The response to {@code request}, or null when the call was refused. */
    private static DynamicMessage call(String service, MethodDescriptor method, DynamicMessage request) {
        return answer(service, method, request).response();
    }

    private static Answer answer(String service, MethodDescriptor method, DynamicMessage request) {
        try {
            return new Answer(ClientCalls.blockingUnaryCall(authenticated(service), grpcMethod(method),
                    CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS), request), Status.OK, new Metadata());
        } catch (StatusRuntimeException refused) {
            return new Answer(null, refused.getStatus(),
                    refused.getTrailers() == null ? new Metadata() : refused.getTrailers());
        }
    }

    private static Channel authenticated(String service) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                "Bearer " + PlanMonitorSystem.ADMIN);
        return ClientInterceptors.intercept(CHANNELS.get(service), MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static io.grpc.MethodDescriptor<DynamicMessage, DynamicMessage> grpcMethod(MethodDescriptor method) {
        return io.grpc.MethodDescriptor.<DynamicMessage, DynamicMessage>newBuilder()
                .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(io.grpc.MethodDescriptor.generateFullMethodName(
                        method.getService().getFullName(), method.getName()))
                .setRequestMarshaller(ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(method.getInputType())))
                .setResponseMarshaller(ProtoUtils.marshaller(
                        DynamicMessage.getDefaultInstance(method.getOutputType())))
                .build();
    }

    private static FieldDescriptor field(Descriptor type, String name) {
        return type.findFieldByName(name);
    }

    private static String shorten(Object value) {
        String oneLine = String.valueOf(value).replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…(" + oneLine.length() + " chars)";
    }
}
