package se.lefi.client.internal.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import se.lefi.client.spi.ResponseTooLargeException;

/**
 * Caps how many bytes of an answer are read: past the cap it throws
 * {@link ResponseTooLargeException}, so an oversized answer is rejected while it streams, without
 * ever being held in memory.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    /**
     * Wraps a stream.
     *
     * @param in the stream to cap
     * @param limit the most bytes that may be read
     */
    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            account(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            account(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        account(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void account(long n) throws ResponseTooLargeException {
        count += n;
        if (count > limit) {
            throw new ResponseTooLargeException(limit);
        }
    }
}
