package se.lefi.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import se.lefi.client.spi.ResponseTooLargeException;

class LimitedInputStreamTest {

    @Test
    void read_whenWithinCap_readsAll() throws IOException {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100);
        assertThat(in.readAllBytes()).hasSize(100);
    }

    @Test
    void read_whenOverCap_failsWithoutReadingTheRest() {
        CountingStream endless = new CountingStream();
        InputStream in = new LimitedInputStream(endless, 4096);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(ResponseTooLargeException.class);
        assertThat(endless.served).isLessThan(4096 + 64 * 1024);
    }

    /** An endless stream that counts what it served. */
    private static final class CountingStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }
}
