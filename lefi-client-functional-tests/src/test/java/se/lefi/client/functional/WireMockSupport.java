package se.lefi.client.functional;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Creates the WireMock servers of the functional tests. */
public final class WireMockSupport {

    private WireMockSupport() {
    }

    /** Returns an HTTP WireMock on a free port, reset before each test, with room for 32 parallel calls. */
    public static WireMockExtension http() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().containerThreads(80).jettyAcceptors(2))
                .build();
    }
}
