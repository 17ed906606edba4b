package tech.jobbot.domain.interview;

/** Whether answers are still taken. */
public enum InterviewStatus {
    IN_PROGRESS,
    FINISHED
}
