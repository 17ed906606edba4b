package tech.jobbot.adapters.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a limit. The subscriber cancels the stream as soon as the body
 * outgrows the limit, so a hostile server cannot make the fetcher buffer more than
 * {@code limit + 1} bytes, however long it keeps sending.
 */
sealed interface BoundedBody {

    /** The whole body, within the limit. */
    record Complete(byte[] bytes) implements BoundedBody {}

    /** The body is larger than the limit; what was read is dropped. */
    record TooLarge() implements BoundedBody {}

    /** The body was not wanted (an error status, a redirect, not HTML) and was not read. */
    record Skipped() implements BoundedBody {}

    /** A subscriber that reads at most {@code limit} bytes. */
    static HttpResponse.BodySubscriber<BoundedBody> upTo(int limit) {
        return new Reader(limit, null);
    }

    /** A subscriber that reads nothing: the connection is dropped rather than drained. */
    static HttpResponse.BodySubscriber<BoundedBody> skipped() {
        return new Reader(0, new Skipped());
    }

    /** A subscriber that reads nothing because the announced length is already too large. */
    static HttpResponse.BodySubscriber<BoundedBody> tooLarge() {
        return new Reader(0, new TooLarge());
    }

    final class Reader implements HttpResponse.BodySubscriber<BoundedBody> {
        private final int limit;
        private final BoundedBody decidedBeforeReading;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<BoundedBody> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        private Reader(int limit, BoundedBody decidedBeforeReading) {
            this.limit = limit;
            this.decidedBeforeReading = decidedBeforeReading;
        }

        @Override
        public CompletionStage<BoundedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (decidedBeforeReading != null) {
                stop(decidedBeforeReading);
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (item.remaining() > limit - buffer.size()) {
                    stop(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(new Complete(buffer.toByteArray()));
        }

        private void stop(BoundedBody outcome) {
            subscription.cancel();
            result.complete(outcome);
        }
    }
}
