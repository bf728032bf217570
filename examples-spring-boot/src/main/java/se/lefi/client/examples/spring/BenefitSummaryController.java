package se.lefi.client.examples.spring;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiException;

/**
 * Answers {@code POST /benefit-summaries} with a {@link BenefitSummary}; bad input is a 400, an
 * answer LEFI refused is a 422, and LEFI being unreachable is a 503 that says whether to retry.
 *
 * <pre>{@code
 * POST /benefit-summaries {"personnummer":"19850412-2386","from":"2020-01-01","to":"2020-12-31"}
 * }</pre>
 */
@RestController
public class BenefitSummaryController {

    private final BenefitSummaryService service;

    /**
     * Creates the controller.
     *
     * @param service the service that asks LEFI
     */
    public BenefitSummaryController(BenefitSummaryService service) {
        this.service = service;
    }

    /**
     * Summarises a person's benefits.
     *
     * @param request the person and period
     * @return the summary
     */
    @PostMapping("/benefit-summaries")
    public BenefitSummary summarise(@RequestBody SummaryRequest request) {
        return service.summarise(request);
    }

    // The SDK's messages never hold a personnummer, so they can go back to the caller as they are.
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(LefiBusinessException.class)
    ResponseEntity<Map<String, Object>> refused(LefiBusinessException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(LefiException.class)
    ResponseEntity<Map<String, Object>> unavailable(LefiException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("error", e.getMessage(), "retryable", e.retryable()));
    }
}
