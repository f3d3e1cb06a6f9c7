package uk.partnershipplans.portal.reporting.reminder;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends the day's reminders at the time {@code portal.reminders.cron} says (UK time); nothing unless they are enabled. */
@Configuration
@EnableScheduling
@RequiredArgsConstructor
class ReminderSchedule {

    private final Reminders reminders;

    @Scheduled(cron = "${portal.reminders.cron}", zone = "Europe/London")
    void daily() {
        reminders.sendDue();
    }
}
