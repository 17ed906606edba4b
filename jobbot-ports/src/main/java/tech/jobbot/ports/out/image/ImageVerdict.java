package tech.jobbot.ports.out.image;

import java.util.Objects;

/** The outcome of checking an uploaded image. */
public sealed interface ImageVerdict {
    /** A clean re-encoding of the image. {@code mediaType} is image/png or image/jpeg. */
    record Accepted(byte[] bytes, String mediaType, int width, int height) implements ImageVerdict {
        public Accepted {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(mediaType, "mediaType");
        }
    }

    /** Larger than {@link ImageLimits#maxBytes()}. */
    record TooLarge(int maxBytes) implements ImageVerdict {}

    /** Wider or taller than the limits. */
    record TooManyPixels(int width, int height, int maxWidth, int maxHeight) implements ImageVerdict {}

    /** Not an image of a supported type, or damaged; {@code reason} says which. */
    record Unsupported(String reason) implements ImageVerdict {}
}
