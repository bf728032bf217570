package se.lefi.client.internal.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.SoftReference;

/**
 * Reads an answer's body from the connection in 64 KB blocks, whatever size the decoder asks for.
 *
 * <p>Decoders read in blocks of 8 to 16 KB, and HttpClient passes reads of that size straight to
 * the socket, so a 5 MB answer took several hundred socket reads, each with its system call and
 * wake-up. Reading ahead in 64 KB blocks takes about a quarter of them and saved about 2 ms of CPU
 * per 5 MB answer on loopback (BENCHMARKS.md). The buffer is kept per thread between answers, as
 * the decoders keep theirs, so a call does not allocate 64 KB.
 *
 * <pre>{@code
 * ReadAheadInputStream body = new ReadAheadInputStream(entity.getContent());
 * try {
 *     decode(body);
 * } finally {
 *     body.release();
 * }
 * }</pre>
 */
final class ReadAheadInputStream extends FilterInputStream {

    /** The block size read from the connection. */
    static final int BLOCK = 64 * 1024;

    private static final ThreadLocal<SoftReference<byte[]>> RECYCLED = new ThreadLocal<>();

    private byte[] buffer;
    private int position;
    private int limit;

    /**
     * Wraps a body, taking this thread's recycled block, or a new one if it has none.
     *
     * @param in the body as HttpClient delivers it
     */
    ReadAheadInputStream(InputStream in) {
        super(in);
        this.buffer = take();
    }

    @Override
    public int read() throws IOException {
        if (buffer == null) {
            return in.read();
        }
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == limit) {
            if (buffer == null || length >= BLOCK) {
                // Nothing held and the caller's own block is as large: no copy through ours.
                return in.read(target, offset, length);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        int held = limit - position;
        if (held > 0) {
            int skipped = (int) Math.min(n, held);
            position += skipped;
            return skipped;
        }
        return in.skip(n);
    }

    @Override
    public int available() throws IOException {
        return (limit - position) + in.available();
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * Gives the block back to this thread for its next answer, unless it still holds bytes nobody
     * has read (then it stays with this stream, which reads on correctly); after a release, reads
     * go to the connection directly.
     */
    void release() {
        if (buffer != null && position == limit) {
            RECYCLED.set(new SoftReference<>(buffer));
            buffer = null;
            position = 0;
            limit = 0;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, BLOCK);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private static byte[] take() {
        SoftReference<byte[]> held = RECYCLED.get();
        byte[] block = held == null ? null : held.get();
        if (block == null) {
            return new byte[BLOCK];
        }
        // A second body read on this thread while the first is open gets a block of its own.
        RECYCLED.remove();
        return block;
    }
}
