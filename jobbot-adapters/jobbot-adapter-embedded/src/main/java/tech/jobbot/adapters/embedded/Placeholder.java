package tech.jobbot.adapters.embedded;

/** A gap in a question template that is filled from the job. */
enum Placeholder {
    /** A skill of the job, by its display name: a noun phrase. */
    SKILL("{skill}", true),
    /** A second, different skill of the job. */
    SKILL2("{skill2}", true),
    /** A responsibility of the job as a base-form verb phrase, e.g. "reconcile month-end accounts". */
    RESPONSIBILITY("{responsibility}", true),
    /** A requirement of the job as a noun phrase, e.g. "three years of experience with SQL". */
    REQUIREMENT("{requirement}", true),
    /** The job title without location or team suffixes. */
    TITLE("{title}", true),
    /** The employer's name; templates with it are used only when the job names one. */
    COMPANY("{company}", false);

    private final String token;
    private final boolean jobSpecific;

    Placeholder(String token, boolean jobSpecific) {
        this.token = token;
        this.jobSpecific = jobSpecific;
    }

    String token() {
        return token;
    }

    /** Whether filling it puts something of this very job into the question. */
    boolean jobSpecific() {
        return jobSpecific;
    }

    static Placeholder ofToken(String token) {
        for (Placeholder p : values()) {
            if (p.token.equals(token)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown placeholder " + token);
    }
}
