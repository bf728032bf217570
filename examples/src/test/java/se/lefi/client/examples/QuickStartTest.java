package se.lefi.client.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.lefi.client.model.BenefitInformation;

class QuickStartTest {

    @Test
    void run_whenEmbeddedServiceAnswers_printsDecodedValues() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenefitInformation info = QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(info.payments()).hasSize(3);
        assertThat(out).contains("Maja Provsson", "19840229-****", "FORALDRAPENNING", "SJUKPENNING",
                "karensavdrag 760.00 kr", "53 Jobb- och utvecklingsgaranti", "312 day(s) used", "2 469.00")
                .doesNotContain("198402298452");
    }
}
