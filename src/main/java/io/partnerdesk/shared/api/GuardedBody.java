package io.partnerdesk.shared.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that stops with {@link BodyRefused} as soon as more bytes than the limit arrive
 * (whatever the {@code Content-Length} said, or without one when the body is chunked), and, for
 * JSON, as soon as objects and arrays nest deeper than the limit. Depth is counted on the bytes
 * ({@code {} and {@code [} outside strings), so the refusal comes before any parser recurses.
 */
final class GuardedBody extends FilterInputStream {

    private final long maxBytes;
    private final int maxDepth;
    private final boolean json;
    private long read;
    private int depth;
    private boolean inString;
    private boolean escaped;

    GuardedBody(InputStream in, long maxBytes, int maxDepth, boolean json) {
        super(in);
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.json = json;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
            track((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
            for (int i = offset; i < offset + n; i++) {
                track(buffer[i]);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        int skipped = read(discard, 0, discard.length);
        return Math.max(skipped, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) throws BodyRefused {
        read += n;
        if (read > maxBytes) {
            throw BodyRefused.tooLarge(maxBytes);
        }
    }

    // UTF-8 never uses bytes below 0x80 inside a multi-byte character, so a byte-wise look at the
    // structural characters is exact.
    private void track(byte b) throws BodyRefused {
        if (!json) {
            return;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
            return;
        }
        switch (b) {
            case '"' -> inString = true;
            case '{', '[' -> {
                if (++depth > maxDepth) {
                    throw BodyRefused.tooDeep(maxDepth);
                }
            }
            case '}', ']' -> depth = Math.max(0, depth - 1);
            default -> {
                // Values and white space do not change the depth.
            }
        }
    }
}
