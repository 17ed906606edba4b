package tech.jobbot.ports.out.image;

/** Largest accepted upload in bytes and largest width and height in pixels. */
public record ImageLimits(int maxBytes, int maxWidth, int maxHeight) {
    public static final ImageLimits AVATAR = new ImageLimits(2 * 1024 * 1024, 4096, 4096);

    public ImageLimits {
        if (maxBytes < 1 || maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
