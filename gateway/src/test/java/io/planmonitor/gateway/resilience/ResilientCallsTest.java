package io.planmonitor.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guard on a real gRPC channel to a real server on a real port. The server answers UNAVAILABLE a set number of
 * times before it answers, as a service that is restarting does, and counts what reaches it.
 */
class ResilientCallsTest {

    private final AtomicInteger unavailableAnswersLeft = new AtomicInteger();
    private final AtomicInteger getCalls = new AtomicInteger();
    private final AtomicInteger createCalls = new AtomicInteger();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private Server server;
    private ManagedChannel channel;
    private CircuitBreaker breaker;
    private IndicatorServiceGrpc.IndicatorServiceBlockingStub stub;

    @BeforeEach
    void startServerAndChannel() throws Exception {
        server = NettyServerBuilder.forPort(0).addService(new IndicatorServiceGrpc.IndicatorServiceImplBase() {
            @Override
            public void getIndicator(GetIndicatorRequest request, StreamObserver<Indicator> response) {
                getCalls.incrementAndGet();
                answer(response, Indicator.newBuilder().setName(request.getName()).build());
            }

            @Override
            public void createIndicator(CreateIndicatorRequest request, StreamObserver<Indicator> response) {
                createCalls.incrementAndGet();
                answer(response, request.getIndicator());
            }
        }).build().start();
        channel = NettyChannelBuilder.forAddress("localhost", server.getPort()).usePlaintext().build();
        breaker = new CircuitBreaker(3, Duration.ofSeconds(30), Clock.systemUTC());
        stub = IndicatorServiceGrpc.newBlockingStub(channel).withInterceptors(
                new ResilientCalls("indicators-service", breaker, 3, Duration.ofMillis(10), scheduler));
    }

    @AfterEach
    void stop() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        scheduler.shutdownNow();
    }

    @Test
    void aReadMeetingUnavailableIsSentAgainAndSucceeds() {
        unavailableAnswersLeft.set(2);
        Indicator indicator = stub.withDeadlineAfter(5, TimeUnit.SECONDS)
                .getIndicator(GetIndicatorRequest.newBuilder().setName("indicators/gdp").build());
        assertEquals("indicators/gdp", indicator.getName());
        assertEquals(3, getCalls.get(), "two refusals, then the answer");
        assertTrue(!breaker.isOpen(), "the success closes the count");
    }

    @Test
    void aWriteIsSentOnceOnly() {
        unavailableAnswersLeft.set(1);
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> stub
                .withDeadlineAfter(5, TimeUnit.SECONDS)
                .createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId("gdp").build()));
        assertEquals(Status.Code.UNAVAILABLE, refused.getStatus().getCode());
        assertEquals(1, createCalls.get());
    }

    @Test
    void aServiceThatKeepsFailingIsNotCalledWhileTheCircuitIsOpen() {
        unavailableAnswersLeft.set(100);
        assertThrows(StatusRuntimeException.class, () -> stub.withDeadlineAfter(5, TimeUnit.SECONDS)
                .getIndicator(GetIndicatorRequest.newBuilder().setName("indicators/gdp").build()));
        assertEquals(3, getCalls.get(), "three attempts, three failures: the circuit opens");
        StatusRuntimeException paused = assertThrows(StatusRuntimeException.class, () -> stub
                .withDeadlineAfter(5, TimeUnit.SECONDS)
                .getIndicator(GetIndicatorRequest.newBuilder().setName("indicators/gdp").build()));
        assertEquals(Status.Code.UNAVAILABLE, paused.getStatus().getCode());
        assertTrue(paused.getStatus().getDescription().contains("circuit open"), paused.getStatus().getDescription());
        assertEquals(3, getCalls.get(), "nothing reached the service");
    }

    @Test
    void anAnswerThatIsNotAServiceFailureIsPassedOnUntouched() {
        StatusRuntimeException notFound = assertThrows(StatusRuntimeException.class, () -> stub
                .withDeadlineAfter(5, TimeUnit.SECONDS)
                .getIndicator(GetIndicatorRequest.newBuilder().setName("indicators/missing").build()));
        assertEquals(Status.Code.NOT_FOUND, notFound.getStatus().getCode());
        assertEquals(1, getCalls.get());
        assertTrue(!breaker.isOpen());
    }

    private void answer(StreamObserver<Indicator> response, Indicator indicator) {
        if (unavailableAnswersLeft.getAndDecrement() > 0) {
            response.onError(Status.UNAVAILABLE.withDescription("restarting").asRuntimeException());
        } else if (indicator.getName().endsWith("/missing")) {
            response.onError(Status.NOT_FOUND.withDescription(indicator.getName() + " does not exist")
                    .asRuntimeException());
        } else {
            response.onNext(indicator);
            response.onCompleted();
        }
    }
}
