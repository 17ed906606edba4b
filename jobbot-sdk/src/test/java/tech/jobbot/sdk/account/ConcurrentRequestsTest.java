package tech.jobbot.sdk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.sdk.JobbotHarness.email;
import static tech.jobbot.sdk.JobbotHarness.wrong;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.CodeCheck;
import tech.jobbot.domain.auth.CodeRules;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.in.auth.SignInResult;
import tech.jobbot.sdk.JobbotHarness;

/** The rules hold when the same request arrives many times at once (several tabs, nodes or a script). */
class ConcurrentRequestsTest {
    private static final EmailAddress ALICE = email("alice@example.com");
    private static final int CALLERS = 8;

    @TempDir
    Path dataDirectory;
    private JobbotHarness h;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDirectory);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @RepeatedTest(10)
    void simultaneous_requests_for_one_address_send_one_code_per_cooldown() throws Exception {
        List<CodeRequestResult> results = allAtOnce(() -> h.request(ALICE));

        long sent = results.stream().filter(r -> r instanceof CodeRequestResult.Sent).count();
        h.deliverMail();
        assertEquals(1, sent, "the address cooldown allows one code per 60 s, got " + results);
        assertEquals(1, h.mail.sentTo(ALICE).size());
    }

    /** A double submit must tell the second request the code was used, not that the flow does not exist. */
    @RepeatedTest(5)
    void simultaneous_sign_ins_with_one_code_open_one_session_and_tell_the_others_it_was_used() throws Exception {
        FlowId flow = h.requestGranted(ALICE);
        SignInCode code = h.codeMailedTo(ALICE);

        List<SignInResult> results = allAtOnce(() -> h.signIn(flow, ALICE, code));

        assertEquals(1, results.stream().filter(r -> r instanceof SignInResult.SignedIn).count(), results::toString);
        assertTrue(results.stream().filter(r -> !(r instanceof SignInResult.SignedIn))
                .allMatch(r -> r.equals(new SignInResult.Refused(new CodeCheck.AlreadyUsed()))), results::toString);
    }

    @RepeatedTest(5)
    void simultaneous_wrong_codes_never_buy_more_guesses_than_the_budget() throws Exception {
        FlowId flow = h.requestGranted(ALICE);
        SignInCode code = h.codeMailedTo(ALICE);

        List<SignInResult> results = allAtOnce(() -> h.signIn(flow, ALICE, wrong(code)));

        long wrongCode = results.stream().filter(r -> r instanceof SignInResult.Refused refused
                && refused.reason() instanceof CodeCheck.WrongCode).count();
        long tooMany = results.stream().filter(r -> r instanceof SignInResult.Refused refused
                && refused.reason() instanceof CodeCheck.TooManyAttempts).count();
        long checked = wrongCode + tooMany;
        assertEquals(Math.min(checked, CodeRules.MAX_ATTEMPTS - 1), wrongCode, results::toString);
        SignInResult right = h.signIn(flow, ALICE, code);
        if (checked >= CodeRules.MAX_ATTEMPTS) {
            assertEquals(new SignInResult.Refused(new CodeCheck.TooManyAttempts()), right, results::toString);
        } else {
            assertInstanceOf(SignInResult.SignedIn.class, right, results::toString);
        }
    }

    @RepeatedTest(5)
    void simultaneous_first_sign_ins_of_one_address_create_one_account() throws Exception {
        List<FlowId> flows = new ArrayList<>();
        List<SignInCode> codes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            flows.add(h.requestGranted(ALICE));
            codes.add(h.codeMailedTo(ALICE));
            h.clock.advance(Duration.ofSeconds(61));
        }
        List<SignInResult> results = allAtOnce(List.<Callable<SignInResult>>of(
                () -> h.signIn(flows.get(0), ALICE, codes.get(0)),
                () -> h.signIn(flows.get(1), ALICE, codes.get(1))));

        AccountId first = assertInstanceOf(SignInResult.SignedIn.class, results.get(0)).account();
        AccountId second = assertInstanceOf(SignInResult.SignedIn.class, results.get(1)).account();
        assertEquals(first, second);
    }

    private static <T> List<T> allAtOnce(Callable<T> call) throws Exception {
        return allAtOnce(Collections.nCopies(CALLERS, call));
    }

    /** Runs the calls on threads of their own, released together, and returns their results in order. */
    private static <T> List<T> allAtOnce(List<Callable<T>> calls) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
