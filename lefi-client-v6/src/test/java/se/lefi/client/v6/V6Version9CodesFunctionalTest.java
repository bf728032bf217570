package se.lefi.client.v6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.Personnummer;

/** Codes only version 9 knows are refused by a 6.0 client before anything is sent. */
class V6Version9CodesFunctionalTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().build();

    @Test
    void fetch_whenAskedForAVersion9Code_failsBeforeSendingNamingVersion9() {
        try (LefiClient client = LefiWireMock.client(wm)) {
            assertThat(client.capabilities().supportsBenefit(Benefit.ALLMAN_PENSION_PM)).isFalse();
            assertThatThrownBy(() -> client.query(Personnummer.parse("19840229-8452"))
                    .period(LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31))
                    .benefits(Benefit.SJUKPENNING).payments(Benefit.fromCode("PM:AP")).fetch())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PM:AP")
                    .hasMessageContaining("V9_0");
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
