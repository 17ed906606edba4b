package tech.jobbot.ports.in.minor;

/**
 * The person has not said how old they are, so Jobbot cannot know whether a guardian must consent
 * (policy §8): nothing beyond the email is kept, and no sensitive purpose is turned on, until they do.
 */
public final class AgeNotDeclaredException extends IllegalStateException {
    public AgeNotDeclaredException() {
        super("declare your age first (a date of birth, or that you are 18 or over): until then Jobbot keeps"
                + " nothing beyond your email");
    }
}
