package tech.jobbot.adapters.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body of at most {@code maxBytes}. A larger body is refused as soon as it is
 * known to be too large (from its Content-Length, or once that many bytes have arrived), and the
 * rest is not read: an oversized feed costs neither the memory nor the wait.
 */
final class BoundedBody implements BodySubscriber<byte[]> {

    /** The body is larger than allowed. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("the feed is larger than the " + maxBytes + " bytes allowed");
        }
    }

    private final int maxBytes;
    private final long declaredLength;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    /** @param declaredLength the Content-Length, or -1 when the server did not say */
    BoundedBody(int maxBytes, long declaredLength) {
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (declaredLength > maxBytes) {
            refuse();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if ((long) bytes.size() + buffer.remaining() > maxBytes) {
                refuse();
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    private void refuse() {
        subscription.cancel();
        body.completeExceptionally(new TooLarge(maxBytes));
    }
}
