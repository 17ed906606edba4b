package tech.jobbot.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.CodeCheck;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.in.auth.RequestSignInCodeCommand;
import tech.jobbot.ports.in.auth.SignInCommand;
import tech.jobbot.ports.in.auth.SignInResult;
import tech.jobbot.ports.out.crypto.MasterKeys;

/** Two server nodes on one database behave as one: sessions, code flows and limits are shared. */
class SharedDatabaseTest {
    private static final EmailAddress ALICE = EmailAddress.parse("alice@example.com");
    private static final String IP = "203.0.113.50";

    @TempDir
    Path nodeOneData;
    @TempDir
    Path nodeTwoData;
    private final TestClock clock = TestClock.atDefaultStart();
    private final CapturingMailSender mailOne = new CapturingMailSender();
    private final CapturingMailSender mailTwo = new CapturingMailSender();
    private Jobbot nodeOne;
    private Jobbot nodeTwo;

    @BeforeEach
    void start() {
        String url = "jdbc:h2:mem:shared-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        MasterKeys keys = randomKeys();
        nodeOne = node(url, keys, nodeOneData, mailOne);
        nodeTwo = node(url, keys, nodeTwoData, mailTwo);
    }

    @AfterEach
    void stop() {
        nodeOne.close();
        nodeTwo.close();
    }

    @Test
    void a_token_issued_by_one_node_authenticates_on_the_other() {
        SignInResult.SignedIn signedIn = signInOn(nodeOne, mailOne);

        assertEquals(signedIn.account(), nodeTwo.authenticate(signedIn.token()).orElseThrow().account());
        assertEquals(Optional.of(ALICE), nodeTwo.profile(signedIn.account()).orElseThrow().email(),
                "the other node opens what the first sealed");
    }

    @Test
    void signing_out_on_one_node_ends_the_session_on_the_other() {
        SignInResult.SignedIn signedIn = signInOn(nodeOne, mailOne);

        nodeTwo.signOut(signedIn.session());

        assertTrue(nodeOne.authenticate(signedIn.token()).isEmpty());
    }

    @Test
    void a_code_sent_through_one_node_signs_in_on_the_other_once() {
        FlowId flow = requestOn(nodeOne);
        nodeOne.deliverMail();
        SignInCode code = mailOne.lastCodeTo(ALICE);

        assertInstanceOf(SignInResult.SignedIn.class, nodeTwo.signIn(new SignInCommand(flow, ALICE, code, "")));
        assertEquals(new SignInResult.Refused(new CodeCheck.AlreadyUsed()),
                nodeOne.signIn(new SignInCommand(flow, ALICE, code, "")));
    }

    @Test
    void rate_limits_count_requests_on_all_nodes() {
        requestOn(nodeOne);
        assertInstanceOf(CodeRequestResult.RateLimited.class,
                nodeTwo.requestSignInCode(new RequestSignInCodeCommand(ALICE, Optional.empty(), IP)));
    }

    @Test
    void queued_mail_is_delivered_by_exactly_one_node() {
        requestOn(nodeOne);
        int sent = nodeTwo.deliverMail() + nodeOne.deliverMail();
        assertEquals(1, sent);
        assertEquals(1, mailOne.sent().size() + mailTwo.sent().size());
    }

    private SignInResult.SignedIn signInOn(Jobbot node, CapturingMailSender mail) {
        FlowId flow = requestOn(node);
        node.deliverMail();
        return assertInstanceOf(SignInResult.SignedIn.class,
                node.signIn(new SignInCommand(flow, ALICE, mail.lastCodeTo(ALICE), "")));
    }

    private static FlowId requestOn(Jobbot node) {
        return assertInstanceOf(CodeRequestResult.Sent.class,
                node.requestSignInCode(new RequestSignInCodeCommand(ALICE, Optional.empty(), IP))).flowId();
    }

    private Jobbot node(String url, MasterKeys keys, Path data, CapturingMailSender mail) {
        return Jobbot.builder()
                .database(url, "sa", "")
                .masterKeys(keys)
                .dataDirectory(data)
                .clock(clock)
                .mailSender(mail)
                .backgroundWorkers(false)
                .build();
    }

    private static MasterKeys randomKeys() {
        SecureRandom random = new SecureRandom();
        byte[] master = new byte[32];
        byte[] digest = new byte[32];
        random.nextBytes(master);
        random.nextBytes(digest);
        return new MasterKeys(master, digest);
    }
}
