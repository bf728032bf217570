package se.lefi.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAheadInputStreamTest {

    private static final byte[] BODY = body(1024 * 1024 + 777);

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8000, 16 * 1024, ReadAheadInputStream.BLOCK, ReadAheadInputStream.BLOCK + 1})
    void read_whenConsumerReadsInAnyBlockSize_deliversEveryByteInOrder(int consumerBlock) throws IOException {
        ReadAheadInputStream in = new ReadAheadInputStream(new TrickleStream(BODY, 5000));
        assertThat(readAll(in, consumerBlock)).isEqualTo(BODY);
        in.release();
    }

    @Test
    void read_whenConsumerReadsSmallBlocks_readsSourceInWholeBlocks() throws IOException {
        TrickleStream source = new TrickleStream(BODY, Integer.MAX_VALUE);
        ReadAheadInputStream in = new ReadAheadInputStream(source);
        readAll(in, 8000);
        // 1 MB in 64 KB blocks is 17 reads and the one that finds the end; 8,000-byte reads would be 132.
        assertThat(source.reads).isEqualTo(18);
    }

    @Test
    void read_whenSingleBytesAndBlocksAlternate_deliversEveryByteInOrder() throws IOException {
        ReadAheadInputStream in = new ReadAheadInputStream(new TrickleStream(BODY, 3000));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] block = new byte[1000];
        int b;
        while ((b = in.read()) >= 0) {
            out.write(b);
            int n = in.read(block, 0, block.length);
            if (n < 0) {
                break;
            }
            out.write(block, 0, n);
        }
        assertThat(out.toByteArray()).isEqualTo(BODY);
    }

    @Test
    void release_whenBytesAreStillHeld_keepsThemForTheReader() throws IOException {
        ReadAheadInputStream in = new ReadAheadInputStream(new TrickleStream(BODY, Integer.MAX_VALUE));
        byte[] first = in.readNBytes(10);
        in.release();
        byte[] rest = in.readAllBytes();
        assertThat(concat(first, rest)).isEqualTo(BODY);
    }

    @Test
    void release_whenEverythingHeldWasRead_letsLaterReadsGoToTheSourceDirectly() throws IOException {
        TrickleStream source = new TrickleStream(BODY, Integer.MAX_VALUE);
        ReadAheadInputStream in = new ReadAheadInputStream(source);
        byte[] first = in.readNBytes(ReadAheadInputStream.BLOCK);
        in.release();
        int readsBefore = source.reads;
        byte[] small = new byte[100];
        int n = in.read(small, 0, small.length);
        assertThat(n).isEqualTo(100);
        assertThat(source.reads).isEqualTo(readsBefore + 1);
        assertThat(concat(concat(first, small), in.readAllBytes())).isEqualTo(BODY);
    }

    @Test
    void read_whenAReleasedBlockIsTakenByTheNextStreamOnTheThread_deliversOnlyTheNewBody() throws IOException {
        ReadAheadInputStream first = new ReadAheadInputStream(new ByteArrayInputStream(BODY));
        first.readAllBytes();
        first.release();
        byte[] other = body(200_000);
        other[0] = (byte) ~BODY[0];
        ReadAheadInputStream second = new ReadAheadInputStream(new TrickleStream(other, 4096));
        assertThat(readAll(second, 8000)).isEqualTo(other);
        second.release();
    }

    @Test
    void skipAndAvailable_whenBytesAreHeld_countHeldBytesFirst() throws IOException {
        ReadAheadInputStream in = new ReadAheadInputStream(new ByteArrayInputStream(BODY));
        in.read();
        assertThat(in.available()).isEqualTo(BODY.length - 1);
        long skipped = in.skip(1000);
        assertThat(skipped).isEqualTo(1000);
        assertThat(in.read()).isEqualTo(BODY[1001] & 0xFF);
        assertThat(in.skip(0)).isZero();
    }

    @Test
    void read_whenSourceIsEmpty_returnsEndOfStream() throws IOException {
        ReadAheadInputStream in = new ReadAheadInputStream(InputStream.nullInputStream());
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read(new byte[10], 0, 10)).isEqualTo(-1);
        assertThat(in.read(new byte[10], 0, 0)).isZero();
    }

    private static byte[] readAll(InputStream in, int block) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[block];
        int n;
        while ((n = in.read(buffer, 0, block)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] body(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Serves a body in reads of at most {@code most} bytes, as a socket does, and counts the reads. */
    private static final class TrickleStream extends InputStream {
        private final byte[] body;
        private final int most;
        private int position;
        int reads;

        TrickleStream(byte[] body, int most) {
            this.body = body;
            this.most = most;
        }

        @Override
        public int read() {
            reads++;
            return position < body.length ? body[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            reads++;
            if (position == body.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, most), body.length - position);
            System.arraycopy(body, position, b, off, n);
            position += n;
            return n;
        }
    }
}
