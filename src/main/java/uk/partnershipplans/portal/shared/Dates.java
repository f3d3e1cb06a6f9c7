package uk.partnershipplans.portal.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates and times as the portal writes them, in the one time zone it keeps: United Kingdom time, which is also the
 * zone of the application's {@link java.time.Clock}. Pages call it as {@code ${#ukDates.day(...)}}.
 */
public final class Dates {

    /** The portal's time zone: the partnerships it serves are in the United Kingdom. */
    public static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** "31 March 2014" for a date, or the day in United Kingdom time of a moment; null for none. */
    public static String day(TemporalAccessor date) {
        if (date == null) {
            return null;
        }
        return date instanceof Instant at ? DAY.format(at.atZone(UK_TIME)) : DAY.format(date);
    }

    /** "2:05pm": the time of day of a moment, in United Kingdom time; null for none. */
    public static String clock(TemporalAccessor at) {
        if (at == null) {
            return null;
        }
        ZonedDateTime time = at instanceof Instant instant ? instant.atZone(UK_TIME) : ZonedDateTime.from(at);
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + String.format(Locale.ROOT, ":%02d", time.getMinute()) + (time.getHour() < 12 ? "am" : "pm");
    }

    /** The day a moment falls on in United Kingdom time. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, UK_TIME);
    }
}
