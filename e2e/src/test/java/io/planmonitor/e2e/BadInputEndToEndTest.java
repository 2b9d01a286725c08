package io.planmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input for every operation of the REST API, generated from its own OpenAPI document: each path and query
 * parameter given malformed, out-of-range, oversized, unicode-edge and injection values, each JSON body malformed, of
 * the wrong shape, and with each property of its schema given the wrong type or an oversized or odd string, and each
 * CSV or workbook upload given garbage. Sent as an admin, so that validation, not authorisation, has to answer. The
 * properties: no 5xx, every refusal a problem document, no stack trace or class name in any answer, and nothing written
 * (the three audit trails count no new write) unless the API answered 2xx. Deterministic: one seed. Prints how many
 * inputs each operation was tried with and how each was answered; target/bad-input.txt keeps the report and every
 * failure.
 */
class BadInputEndToEndTest {

    private static final long SEED = 20261207L;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern LEAK = Pattern.compile("\\tat |Exception:|java\\.lang\\.|io\\.planmonitor\\.|"
            + "org\\.hibernate|io\\.grpc\\.|SQLState|PSQLException");
    /** Answered by the HTTP server before the API sees the request (no route, a request line or body too large). */
    private static final List<Integer> HTTP_LAYER = List.of(404, 405, 413, 414, 431);
    private static final Map<String, String> PLAUSIBLE = Map.of("code", "410105", "year", "2024");
    private static final String LONG = "长".repeat(5000);
    private static final List<String> BAD_VALUES = List.of("-1", "0", "99999999999999999999", "1e400", "abc", "",
            " ", "'; DROP TABLE indicator; --", "\" OR 1=1 --", "../../etc/passwd", "\u0000", "\u202e\u0041",
            "🙂🙂", "Z\u0351\u0352\u0357\u035b", "<script>alert(1)</script>", "%00", "${jndi:ldap://x/a}", LONG,
            "2024-13-45", "NaN", "true", "[]", "{}");

    private static PlanMonitorSystem system;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startSystem() throws Exception {
        system = PlanMonitorSystem.start();
    }

    @AfterAll
    static void stopSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    /** One operation's tally. */
    static final class Tally {
        int tried;
        int accepted;
        int refused;
        final List<String> failures = new ArrayList<>();
    }

    @Test
    void everyOperationRefusesBadInputCleanlyAndWritesNothing() throws Exception {
        JsonNode openApi = JSON.readTree(get("/q/openapi?format=json").body());
        Random random = new Random(SEED);
        long writesBefore = auditedWrites();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        int acceptedWrites = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String verb = method.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                    continue;
                }
                Tally tally = new Tally();
                tallies.put(verb + " " + path.getKey(), tally);
                for (Input input : inputs(openApi, path.getKey(), method.getValue(), random)) {
                    tally.tried++;
                    HttpResponse<String> answer;
                    try {
                        answer = sendOnAnOpenConnection(verb, input);
                    } catch (java.io.IOException noAnswer) {
                        tally.failures.add(verb + " " + path.getKey() + " " + input.what() + " → no answer: "
                                + noAnswer.getMessage());
                        continue;
                    }
                    check(answer, input, tally);
                    if (answer.statusCode() < 300) {
                        tally.accepted++;
                        acceptedWrites += verb.equals("GET") ? 0 : 1;
                    } else {
                        tally.refused++;
                    }
                }
            }
        }
        long writesAfter = auditedWrites();
        StringBuilder report = new StringBuilder(String.format("Bad input: %d operations, seed %d%n",
                tallies.size(), SEED));
        int tried = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally t = entry.getValue();
            tried += t.tried;
            failures.addAll(t.failures);
            report.append(String.format("  %-70s %4d tried, %4d refused (4xx), %3d accepted, %d failed%n",
                    entry.getKey(), t.tried, t.refused, t.accepted, t.failures.size()));
        }
        report.append(String.format("  in all: %d inputs, %d failed; audited writes %d → %d, %d writes accepted%n",
                tried, failures.size(), writesBefore, writesAfter, acceptedWrites));
        System.out.print(report);
        failures.stream().limit(40).forEach(failure -> System.out.println("  FAILED " + failure));
        failures.forEach(failure -> report.append("  FAILED ").append(failure).append('\n'));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bad-input.txt"), report);
        assertTrue(failures.isEmpty(), failures.size() + " answers broke the rules; the first: "
                + failures.stream().findFirst().orElse(""));
        // A refused write leaves nothing; only an accepted one (a dry run writes nothing either) may add to a trail.
        assertTrue(writesAfter - writesBefore <= acceptedWrites, (writesAfter - writesBefore)
                + " audited writes for " + acceptedWrites + " accepted write requests");
    }

    /** One request: the path with its query, the body and its media type (null: none). */
    record Input(String pathAndQuery, String contentType, byte[] body, String what) {
    }

    private static List<Input> inputs(JsonNode openApi, String template, JsonNode operation, Random random) {
        List<String> pathParameters = new ArrayList<>();
        List<String> queryParameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            (parameter.path("in").asText().equals("path") ? pathParameters : queryParameters)
                    .add(parameter.path("name").asText());
        }
        Matcher names = PATH_PARAMETER.matcher(template);
        while (names.find()) {
            if (!pathParameters.contains(names.group(1))) {
                pathParameters.add(names.group(1));
            }
        }
        String plainPath = fill(template, Map.of());
        List<Input> inputs = new ArrayList<>();
        for (String parameter : pathParameters) {
            for (String value : sample(random, 8)) {
                inputs.add(new Input(fill(template, Map.of(parameter, value)), null, null,
                        "path " + parameter + "=" + shorten(value)));
            }
        }
        for (String parameter : queryParameters) {
            for (String value : sample(random, 8)) {
                inputs.add(new Input(plainPath + "?" + parameter + "=" + encode(value), null, null,
                        "query " + parameter + "=" + shorten(value)));
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (type.equals("application/json")) {
                inputs.addAll(jsonBodies(plainPath, resolve(openApi, content.path(type).path("schema")), openApi,
                        random));
            } else if (type.startsWith("text/")) {
                for (String csv : List.of("", "\u0000\u0001\u0002", "a,b\n\"unterminated", "指标编号,值\n" + LONG,
                        "项目名称,地区代码\n'; DROP TABLE project; --,41010X\n", "\uFEFF\n\n\n")) {
                    inputs.add(new Input(plainPath, type, csv.getBytes(StandardCharsets.UTF_8), type + " garbage"));
                }
            } else {
                byte[] bytes = new byte[2048];
                random.nextBytes(bytes);
                inputs.add(new Input(plainPath, type, bytes, type + " random bytes"));
                inputs.add(new Input(plainPath, type, new byte[0], type + " empty"));
            }
        }
        return inputs;
    }

    /** Malformed JSON, the wrong shape, and each property of the schema with a wrong or odd value. */
    private static List<Input> jsonBodies(String path, JsonNode schema, JsonNode openApi, Random random) {
        List<Input> bodies = new ArrayList<>();
        for (String text : List.of("{", "[]", "null", "\"text\"", "123", "{\"a\":", "[".repeat(3000),
                "{\"x\": \"" + "长".repeat(300_000) + "\"}", "{}")) {
            bodies.add(new Input(path, "application/json", text.getBytes(StandardCharsets.UTF_8),
                    "json " + shorten(text)));
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String type = resolve(openApi, property.getValue()).path("type").asText("object");
            for (String value : wrongValues(type, random)) {
                bodies.add(new Input(path, "application/json",
                        ("{\"" + property.getKey() + "\": " + value + "}").getBytes(StandardCharsets.UTF_8),
                        "json " + property.getKey() + "=" + shorten(value)));
            }
        }
        return bodies;
    }

    private static List<String> wrongValues(String type, Random random) {
        List<String> values = new ArrayList<>(switch (type) {
            case "string" -> List.of("12345", "{}", "[]", "true", "\"" + LONG + "\"");
            case "integer", "number" -> List.of("\"abc\"", "1e400", "-99999999999999999999", "1.5", "{}");
            case "array" -> List.of("\"x\"", "{}", "[null, 1, {}]", "[" + "\"a\",".repeat(20000) + "\"a\"]");
            case "boolean" -> List.of("\"yes\"", "2", "[]");
            default -> List.of("\"x\"", "42", "[]", "{\"nested\": {\"deeper\": [" + "{},".repeat(1000) + "{}]}}");
        });
        for (String odd : sample(random, 3)) {
            values.add(JSON.valueToTree(odd).toString());
        }
        return values;
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return openApi.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static List<String> sample(Random random, int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(BAD_VALUES.get(random.nextInt(BAD_VALUES.size())));
        }
        return values;
    }

    /** The template with {@code bad} values put in, and plausible ones (or a fresh id) for the other parameters. */
    private static String fill(String template, Map<String, String> bad) {
        Matcher names = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (names.find()) {
            String name = names.group(1);
            String value = bad.containsKey(name) ? encode(bad.get(name)) : PLAUSIBLE.getOrDefault(name, "fz-" + name);
            names.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return names.appendTail(path).toString();
    }

    private static void check(HttpResponse<String> answer, Input input, Tally tally) {
        String body = answer.body();
        String where = answer.request().method() + " " + answer.request().uri().getRawPath() + " " + input.what()
                + " → " + answer.statusCode();
        if (answer.statusCode() >= 500) {
            tally.failures.add(where + ": " + shorten(body));
        } else if (LEAK.matcher(body).find()) {
            tally.failures.add(where + " shows internals: " + shorten(body));
        } else if (answer.statusCode() >= 400 && !HTTP_LAYER.contains(answer.statusCode())
                && !answer.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
            tally.failures.add(where + " is not a problem document: " + shorten(body));
        }
    }

    /**
     * The HTTP server closes a connection after refusing an oversized request; the client may have picked that
     * connection for the next request already, which then meets a closed socket. Sent once more on a new connection.
     */
    private static HttpResponse<String> sendOnAnOpenConnection(String verb, Input input) throws Exception {
        try {
            return send(verb, input);
        } catch (java.io.IOException closedUnderneath) {
            return send(verb, input);
        }
    }

    private static HttpResponse<String> send(String verb, Input input) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + system.gatewayPort()
                        + input.pathAndQuery())).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + PlanMonitorSystem.ADMIN);
        if (input.body() != null) {
            request.header("Content-Type", input.contentType())
                    .method(verb, HttpRequest.BodyPublishers.ofByteArray(input.body()));
        } else {
            request.method(verb, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + system.gatewayPort() + path))
                .header("Authorization", "Bearer " + PlanMonitorSystem.ADMIN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Writes the three services' audit trails hold. */
    private static long auditedWrites() throws Exception {
        long total = 0;
        for (String service : List.of("indicators", "projects", "documents")) {
            HttpResponse<String> page = get("/api/v1/audit-events?service=" + service + "&pageSize=1");
            assertEquals(200, page.statusCode(), page.body());
            total += JSON.readTree(page.body()).path("totalSize").asLong();
        }
        return total;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…(" + oneLine.length() + ")";
    }
}
