package uk.partnershipplans.portal.reporting.reminder;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminder emails about outstanding updates. Off unless {@code enabled}; {@code daysBefore} lists the days before a
 * deadline on which a reminder goes (after the deadline one goes every day until the update is submitted);
 * {@code baseUrl} is the portal's address for the link in the mail.
 */
@ConfigurationProperties("portal.reminders")
record ReminderProperties(boolean enabled, String cron, List<Integer> daysBefore, String from, String baseUrl) {

    ReminderProperties {
        daysBefore = daysBefore == null ? List.of() : List.copyOf(daysBefore);
    }
}
