package uk.partnershipplans.portal.reporting;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily reminder job (see {@link Reminders#daily()}); it sends nothing unless reminders are enabled. */
@Configuration
@EnableScheduling
class ReminderSchedule {
}
