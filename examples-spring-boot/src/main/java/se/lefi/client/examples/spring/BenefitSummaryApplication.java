package se.lefi.client.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs a small Spring Boot service that answers {@code POST /benefit-summaries} with a summary of a
 * person's benefits and payments from LEFI. Its {@code LefiClient} comes from the starter and four
 * properties; Actuator shows it in {@code /actuator/health/lefi} and its meters in {@code /actuator/metrics}.
 *
 * <pre>{@code
 * java -jar app.jar --lefi.client.endpoint=https://lefi.example/lefionline --lefi.client.ssl-bundle=lefi
 * curl -X POST localhost:8080/benefit-summaries -H 'Content-Type: application/json' \
 *      -d '{"personnummer":"19850412-2386","from":"2020-01-01","to":"2020-12-31"}'
 * }</pre>
 */
@SpringBootApplication
public class BenefitSummaryApplication {

    /**
     * Starts the service.
     *
     * @param args Spring Boot arguments, e.g. {@code --lefi.client.endpoint=...}
     */
    public static void main(String[] args) {
        SpringApplication.run(BenefitSummaryApplication.class, args);
    }
}
