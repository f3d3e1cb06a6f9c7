package uk.partnershipplans.portal.reporting.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.account.AccountDirectory;
import uk.partnershipplans.portal.account.AccountDirectory.AccountSummary;
import uk.partnershipplans.portal.reporting.MyUpdates;
import uk.partnershipplans.portal.reporting.round.RoundAdmin;
import uk.partnershipplans.portal.reporting.update.ProgressUpdate;
import uk.partnershipplans.portal.reporting.update.ProgressUpdateRepository;
import uk.partnershipplans.portal.shared.Dates;

/**
 * Emails each officer who has outstanding updates in open rounds: on the configured days before a deadline, and every
 * day after it. One mail per officer lists all their updates that are due a reminder that day; a reminder about an
 * update is recorded (table reminder_sent), so the job and "Send reminders now" never send it twice on one day.
 */
@Service
@RequiredArgsConstructor
@Slf4j
public class Reminders {


    private final ProgressUpdateRepository updates;
    private final MyUpdates myUpdates;
    private final AccountDirectory accounts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ReminderProperties properties;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * Sends the reminders due today; returns how many officers were emailed (0 when sending is off). A mail the server
     * refuses is left for the next run.
     */
    @Transactional
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!properties.enabled() || sender == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<ProgressUpdate>> byAssignee = new LinkedHashMap<>();
        for (ProgressUpdate update : updates.outstandingInOpenRounds()) {
            if (kindDue(update, today) != null && !alreadySent(update, kindDue(update, today), today)) {
                byAssignee.computeIfAbsent(update.getAssigneeId(), a -> new ArrayList<>()).add(update);
            }
        }
        Map<Long, AccountSummary> people = accounts.byIds(byAssignee.keySet());
        int sent = 0;
        for (Map.Entry<Long, List<ProgressUpdate>> entry : byAssignee.entrySet()) {
            AccountSummary person = people.get(entry.getKey());
            if (person == null || person.email() == null) {
                continue;
            }
            try {
                sender.send(mail(person, entry.getValue(), today));
            } catch (MailException e) {
                // Not recorded as sent: the next run tries again.
                log.warn("Reminder to account {} not sent: {}", person.id(), e.getMessage());
                continue;
            }
            for (ProgressUpdate update : entry.getValue()) {
                jdbc.update("insert into reminder_sent (update_id, kind, sent_on) values (?, ?, ?)", update.getId(),
                        kindDue(update, today), today);
            }
            sent++;
        }
        return sent;
    }

    /** BEFORE_DEADLINE on one of the configured days before the deadline, OVERDUE after it, else null. */
    private String kindDue(ProgressUpdate update, LocalDate today) {
        LocalDate deadline = update.getRound().getDeadline();
        if (today.isAfter(deadline)) {
            return "OVERDUE";
        }
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        return properties.daysBefore().contains((int) daysLeft) ? "BEFORE_DEADLINE" : null;
    }

    private boolean alreadySent(ProgressUpdate update, String kind, LocalDate today) {
        Integer count = jdbc.queryForObject(
                "select count(*) from reminder_sent where update_id = ? and kind = ? and sent_on = ?", Integer.class,
                update.getId(), kind, today);
        return count != null && count > 0;
    }

    private SimpleMailMessage mail(AccountSummary person, List<ProgressUpdate> due, LocalDate today) {
        Map<Long, String> labels = myUpdates.labels(due);
        boolean overdue = due.stream().anyMatch(u -> today.isAfter(u.getRound().getDeadline()));
        String lines = due.stream()
                .map(u -> messages.getMessage("rounds.reminder.line", new Object[] {labels.get(u.getId()),
                        u.getRound().getName(), Dates.day(u.getRound().getDeadline()),
                        today.isAfter(u.getRound().getDeadline()) ? messages.getMessage("rounds.reminder.overdue", null,
                                Locale.UK) : ""}, Locale.UK))
                .collect(Collectors.joining("\n"));
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(person.email());
        mail.setSubject(messages.getMessage(overdue ? "rounds.reminder.subject.overdue" : "rounds.reminder.subject",
                null, Locale.UK));
        mail.setText(messages.getMessage("rounds.reminder.body",
                new Object[] {person.displayName(), lines, properties.baseUrl()}, Locale.UK));
        return mail;
    }
}
