package se.lefi.client.v9;

import se.lefi.client.tck.SdkLogPrivacyCheck;

/** Runs last and checks that nothing the SDK logged during this module's tests held a clear personnummer. */
class LogPrivacyTest extends SdkLogPrivacyCheck {
}
