package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.interview.Remark;
import tech.jobbot.domain.interview.Scores;
import tech.jobbot.domain.interview.StarPart;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.ports.out.interview.InterviewRepository;
import tech.jobbot.ports.out.interview.InterviewRepository.AttemptRef;
import tech.jobbot.ports.out.interview.InterviewRepository.IdempotentAnswer;

/** The {@link InterviewRepository} contract. */
abstract class InterviewRepositoryContract extends PersistenceContract {
    private AccountId owner;
    private AccountId stranger;

    @BeforeEach
    void owners() {
        owner = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(owner, EmailAddress.parse("i@example.com"), clock.instant()));
        stranger = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(stranger, EmailAddress.parse("s@example.com"),
                clock.instant()));
    }

    private InterviewRepository interviews() {
        return persistence.interviews();
    }

    private Interview started() {
        List<QuestionDraft> plan = List.of(
                new QuestionDraft("Tell me about a time you triaged a crowded waiting room.", QuestionKind.BEHAVIORAL,
                        Competency.ROLE_EXPERTISE, List.of(new SkillId("triage")), "Triage incoming patients"),
                new QuestionDraft("How would you handle a patient who refuses treatment?", QuestionKind.SITUATIONAL,
                        Competency.COMMUNICATION, List.of(new SkillId("patient-care")), "Patient communication"),
                new QuestionDraft("Why do you want to work in emergency care?", QuestionKind.MOTIVATIONAL,
                        Competency.MOTIVATION, List.of(), "ER Nurse"));
        return Interview.start(new InterviewId(UUID.randomUUID()), owner, new JobId(UUID.randomUUID()),
                JobRepositoryContract.profile("ER Nurse"), plan, clock.instant());
    }

    private static Feedback feedback(String quote) {
        return new Feedback(new Scores(72, 80, 70, 65, 60, 85),
                List.of(new Remark("You name the tool", Optional.of(quote), Optional.empty(), "Keep naming it")),
                List.of(new Remark("Say what changed", Optional.empty(), Optional.of(StarPart.RESULT),
                        "Add the waiting time before and after")),
                "S: ... T: ... A: ... R: ...", "A solid answer that lacks a result.");
    }

    @Test
    void an_interview_round_trips_with_answers_feedback_follow_up_and_report() {
        Interview interview = started();
        interviews().add(interview);
        String answer = "I used the Manchester triage system during a flu surge and re-sorted 40 patients.";
        Interview answered = interview.answer(QuestionId.planned(1), answer, clock.instant())
                .withFeedback(QuestionId.planned(1), 1, feedback("Manchester triage system"))
                .followUp(QuestionId.planned(1), "How did you know it worked?")
                .skip(new QuestionId("q1f"), clock.instant());
        interviews().update(answered);
        assertEquals(Optional.of(answered), interviews().find(owner, interview.id()));

        InterviewReport report = new InterviewReport(72, Map.of(Competency.ROLE_EXPERTISE, 72),
                List.of(new InterviewReport.QuestionSummary(QuestionId.planned(1), "Tell me", Competency.ROLE_EXPERTISE,
                        false, 72, "Say what changed")),
                List.of("Triage incoming patients"), List.of("Registered nurse licence"),
                List.of("Add results", "Name tools", "Own your actions"), "Good start.");
        Interview finished = answered.finish(report, clock.instant());
        interviews().update(finished);
        assertEquals(Optional.of(finished), interviews().find(owner, interview.id()));
        assertEquals(Optional.of(finished),
                persistence.transactions().inTransaction(() -> interviews().findForUpdate(owner, interview.id())));
    }

    @Test
    void interviews_belong_to_their_owner_and_are_sealed() throws Exception {
        Interview interview = started().answer(QuestionId.planned(1),
                "My secret answer about Mrs Jones in bed 4", clock.instant());
        interviews().add(interview);
        assertEquals(Optional.empty(), interviews().find(stranger, interview.id()));
        assertEquals(List.of(), interviews().list(stranger));
        assertEquals(List.of(interview), interviews().list(owner));
        assertEquals(List.of(), columnsContaining("Mrs Jones"), "answers are sealed");
        assertEquals(List.of(), columnsContaining("crowded waiting room"), "questions are sealed");
        assertFalse(interviews().delete(stranger, interview.id()));
        assertTrue(interviews().delete(owner, interview.id()));
        assertEquals(Optional.empty(), interviews().find(owner, interview.id()));
    }

    @Test
    void idempotency_keys_point_at_the_attempt_they_stored() {
        Interview interview = started();
        interviews().add(interview);
        IdempotentAnswer answer = new IdempotentAnswer(new AttemptRef(QuestionId.planned(2), 1),
                "request-digest-request-digest-01");
        interviews().rememberIdempotencyKey(interview.id(), "key-digest-key-digest-key-digest-01", answer);
        assertEquals(Optional.of(answer),
                interviews().findByIdempotencyKey(interview.id(), "key-digest-key-digest-key-digest-01"));
        assertEquals(Optional.empty(),
                interviews().findByIdempotencyKey(interview.id(), "key-digest-key-digest-key-digest-02"));
    }

}
