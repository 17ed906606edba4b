package tech.jobbot.sdk.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.incident.Affected;
import tech.jobbot.domain.incident.Incident;
import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.inbox.Inbox;
import tech.jobbot.ports.out.incident.Incidents;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.tx.Transactions;

/**
 * Incident response (policy §6): the register, its deadline clocks, the notification of the people
 * affected (each one recorded with the in-site message and the mail, in one transaction, so a run
 * resumes and nobody is told twice), and the report for the authority.
 */
public final class IncidentService {
    private final Transactions tx;
    private final Incidents incidents;
    private final AccountRepository accounts;
    private final Inbox inbox;
    private final MailOutbox outbox;
    private final List<Incident.Deadline> deadlines;
    private final Clock clock;

    public IncidentService(Transactions tx, Incidents incidents, AccountRepository accounts, Inbox inbox,
            MailOutbox outbox, List<Incident.Deadline> deadlines, Clock clock) {
        this.tx = tx;
        this.incidents = incidents;
        this.accounts = accounts;
        this.inbox = inbox;
        this.outbox = outbox;
        this.deadlines = List.copyOf(deadlines);
        this.clock = clock;
    }

    /** Registers an incident; its clocks start at {@code awareAt}. */
    public Incident register(Instant detectedAt, Instant awareAt, String nature, List<String> dataCategories,
            long approxPeople, long approxRecords, String likelyConsequences, String measures, String contact,
            String cause, String whatPeopleCanDo) {
        if (awareAt.isAfter(clock.instant().plus(java.time.Duration.ofMinutes(5)))) {
            throw new IllegalArgumentException("Jobbot cannot have become aware of an incident in the future");
        }
        Incident incident = new Incident(UUID.randomUUID(), detectedAt, awareAt, nature, dataCategories, approxPeople,
                approxRecords, likelyConsequences, measures, contact, cause, whatPeopleCanDo, Incident.Status.OPEN,
                Optional.empty(), List.of(new Incident.Update(clock.instant(), "registered")));
        incidents.add(incident);
        return incident;
    }

    public Incident update(UUID id, String text, Optional<Incident.Status> status) {
        return tx.inTransaction(() -> {
            Incident updated = locked(id).update(text, status, clock.instant());
            incidents.update(updated);
            return updated;
        });
    }

    public Incident markReportedToAuthority(UUID id) {
        return tx.inTransaction(() -> {
            Incident current = locked(id);
            if (current.reportedToAuthorityAt().isPresent()) {
                throw new IllegalStateException("the incident was reported to the authority at "
                        + current.reportedToAuthorityAt().get());
            }
            Incident reported = current.reportedToAuthority(clock.instant());
            incidents.update(reported);
            return reported;
        });
    }

    public List<Incident> incidents() {
        return incidents.all();
    }

    private Incident locked(UUID id) {
        return incidents.findForUpdate(id).orElseThrow(() -> new NoSuchElementException("no incident " + id));
    }

    public Incident find(UUID id) {
        return incidents.find(id).orElseThrow(() -> new NoSuchElementException("no incident " + id));
    }

    /** Where the incident's deadline clocks stand now. */
    public List<Incident.DeadlineClock> clocks(UUID id) {
        return find(id).clocks(deadlines, clock.instant());
    }

    /** Every clock of every incident not yet reported that is close to running out or has run out. */
    public List<Incident.DeadlineClock> warnings() {
        Instant now = clock.instant();
        return incidents.all().stream().filter(i -> i.reportedToAuthorityAt().isEmpty())
                .flatMap(i -> i.clocks(deadlines, now).stream())
                .filter(c -> c.state() == Incident.DeadlineClock.State.WARNING
                        || c.state() == Incident.DeadlineClock.State.OVERDUE)
                .toList();
    }

    /**
     * Notifies up to {@code maxPeople} more of the people the query selects: an in-site security
     * notice and a mail each, recorded one by one. Returns how many were notified in this round.
     */
    public int notifyAffected(UUID id, Affected affected, int maxPeople) {
        Incident incident = find(id);
        int notified = 0;
        while (notified < maxPeople) {
            int limit = Math.min(500, maxPeople - notified);
            List<AccountId> batch = incidents.notYetNotified(id, affected, limit);
            if (batch.isEmpty()) {
                break;
            }
            notified += tx.inTransaction(() -> {
                int done = 0;
                for (AccountId person : batch) {
                    if (notifyOne(incident, person)) {
                        done++;
                    }
                }
                return done;
            });
            if (batch.size() < limit) {
                break;
            }
        }
        return notified;
    }

    private boolean notifyOne(Incident incident, AccountId person) {
        Instant now = clock.instant();
        if (!incidents.recordNotified(incident.id(), person, now)) {
            return false;
        }
        String subject = "A security incident may concern your data";
        String body = "On " + incident.awareAt() + " we became aware of a security incident: "
                + brief(incident.nature())
                + "\n\nData concerned: " + brief(String.join(", ", incident.dataCategories()))
                + "\nLikely consequences: " + brief(incident.likelyConsequences())
                + "\nWhat we did: " + brief(incident.measures())
                + "\nWhat you can do: " + brief(incident.whatPeopleCanDo())
                + "\n\nContact: " + brief(incident.contact());
        inbox.post(InboxMessage.unread(person, MessageKind.SECURITY_NOTICE, subject, body, now),
                "incident:" + incident.id());
        accounts.findById(person).flatMap(Account::email).ifPresent(email -> outbox.enqueue(
                new MailMessage(email, subject, body, Html.paragraphs(body), Optional.empty()), now));
        return true;
    }

    /** Each part of a notice at most 2,000 characters, so the whole fits an inbox message and a mail. */
    private static String brief(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 1_997) + "...";
    }

    public long notifiedCount(UUID id) {
        return incidents.notifiedCount(id);
    }

    /** The report for the supervisory authority, with the fields it asks for (GDPR art. 33(3)). */
    public Map<String, Object> authorityReport(UUID id) {
        Incident i = find(id);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("controller", "Qgenius (Jobbot)");
        report.put("incidentId", i.id().toString());
        report.put("detectedAt", i.detectedAt());
        report.put("awareAt", i.awareAt());
        report.put("natureOfTheBreach", i.nature());
        report.put("categoriesOfPersonalData", i.dataCategories());
        report.put("approximateNumberOfDataSubjects", i.approxPeople());
        report.put("approximateNumberOfRecords", i.approxRecords());
        report.put("likelyConsequences", i.likelyConsequences());
        report.put("measuresTakenOrProposed", i.measures());
        report.put("contactPoint", i.contact());
        report.put("cause", i.cause());
        report.put("peopleNotified", incidents.notifiedCount(id));
        report.put("deadlines", i.clocks(deadlines, clock.instant()));
        i.reportedToAuthorityAt().ifPresent(at -> report.put("submittedAt", at));
        report.put("timeline", i.timeline());
        return report;
    }
}
