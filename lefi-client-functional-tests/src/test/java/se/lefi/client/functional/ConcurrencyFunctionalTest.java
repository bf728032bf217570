package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.BenefitQuery;
import se.lefi.client.ClientAccess;
import se.lefi.client.LefiClient;
import se.lefi.client.internal.transport.HttpClient5Transport;
import se.lefi.client.model.BenefitInformation;

/**
 * Shares one client between 32 threads for a few thousand calls against WireMock answering with
 * random delays: no errors, no answer handed to the wrong caller, no connection left leased.
 */
class ConcurrencyFunctionalTest {

    private static final int THREADS = 32;
    private static final int CALLS_PER_THREAD = 64;
    private static final int PERSONS = 64;

    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.http();

    @Test
    void fetch_when32ThreadsShareOneClient_everyCallerGetsItsOwnAnswer() throws Exception {
        List<String> persons = SyntheticPersons.generate(PERSONS);
        for (String person : persons) {
            // Each person's answer names that person, so a mixed-up answer cannot go unnoticed.
            wm.stubFor(post(urlEqualTo(Clients.PATH)).withRequestBody(containing(person))
                    .willReturn(ok(Samples.answerFor(person)).withHeader("Content-Type", "text/xml; charset=UTF-8")
                            .withUniformRandomDelay(0, 15)));
        }
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        // Default pool (20) and bulkhead: 32 threads must queue for connections without failing.
        LefiClient client = Clients.fast(wm.baseUrl()).responseTimeout(Duration.ofSeconds(10))
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(threads.submit(() -> {
                    start.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        String person = persons.get(random.nextInt(PERSONS));
                        String correlationId = Thread.currentThread().getName() + "-" + i;
                        BenefitQuery query = Clients.query(client, person).correlationId(correlationId);
                        try {
                            BenefitInformation info = i % 2 == 0 ? query.fetch() : query.fetchAsync().join();
                            String answered = info.person().map(p -> p.personnummer().value()).orElse("none");
                            if (!answered.equals(person)) {
                                problems.add("asked about " + person.substring(0, 8) + " got " + answered.substring(0, 8));
                            }
                        } catch (RuntimeException e) {
                            problems.add(e.toString());
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }

            assertThat(problems).isEmpty();
            wm.verify(THREADS * CALLS_PER_THREAD, postRequestedFor(urlEqualTo(Clients.PATH)));
            HttpClient5Transport transport = ClientAccess.transport(client);
            assertThat(transport.leasedConnections()).isZero();
            assertThat(transport.openConnections()).isPositive();
        } finally {
            threads.shutdownNow();
            client.close();
        }
    }

    @Test
    void close_whenClientWasUsed_releasesConnectionsAndThreads() throws InterruptedException {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(ok(Samples.answer())
                .withHeader("Content-Type", "text/xml; charset=UTF-8")));
        LefiClient client = Clients.fast(wm.baseUrl()).build();
        Clients.query(client, SyntheticPersons.SAMPLE).fetch();
        Clients.query(client, SyntheticPersons.SAMPLE).fetchAsync().join();
        HttpClient5Transport transport = ClientAccess.transport(client);
        assertThat(transport.openConnections()).isPositive();

        client.close();

        assertThat(transport.isClosed()).isTrue();
        assertThat(transport.openConnections()).isZero();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!ClientAccess.threadsTerminated(client) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(ClientAccess.threadsTerminated(client)).isTrue();
        client.close(); // a second close is harmless
    }

    @Test
    void close_whenCallInFlight_callEndsWithinTimeoutAndNothingStaysLeased() throws Exception {
        wm.stubFor(post(urlEqualTo(Clients.PATH)).willReturn(ok(Samples.answer())
                .withHeader("Content-Type", "text/xml; charset=UTF-8").withFixedDelay(1_000)));
        LefiClient client = Clients.fast(wm.baseUrl()).responseTimeout(Duration.ofSeconds(5)).build();
        HttpClient5Transport transport = ClientAccess.transport(client);
        java.util.concurrent.CompletableFuture<BenefitInformation> inFlight =
                Clients.query(client, SyntheticPersons.SAMPLE).fetchAsync();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (transport.leasedConnections() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(transport.leasedConnections()).isEqualTo(1);

        client.close();

        // The call under way ends (answered, or told the client is closed) and hands back its connection.
        Throwable outcome = org.assertj.core.api.Assertions.catchThrowable(() -> inFlight.get(10, TimeUnit.SECONDS));
        if (outcome != null) {
            // A retry after close must not go out: the client says it is closed.
            assertThat(outcome).isInstanceOf(java.util.concurrent.ExecutionException.class);
            assertThat(outcome.getCause()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        }
        assertThat(transport.leasedConnections()).isZero();
        assertThat(transport.openConnections()).isZero();
    }

    @Test
    void fetch_whenClientClosed_throwsIllegalStateException() {
        LefiClient client = Clients.fast(wm.baseUrl()).build();
        BenefitQuery prepared = Clients.query(client, SyntheticPersons.SAMPLE);
        BenefitQuery preparedAsync = Clients.query(client, SyntheticPersons.SAMPLE);
        client.close();

        assertThatThrownBy(prepared::fetch).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(preparedAsync::fetchAsync).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> Clients.query(client, SyntheticPersons.SAMPLE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(client::ping).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        wm.verify(0, postRequestedFor(urlEqualTo(Clients.PATH)));
    }
}
