package tech.jobbot.domain.job;

/** How the person gave the job (privacy policy §2: job title, job link, or a description). */
public enum JobSource {
    TITLE,
    DESCRIPTION,
    LINK
}
