package uk.partnershipplans.portal.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import uk.partnershipplans.portal.history.TrackHistory.Reference;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.SavedBy;

/** How a history says things: labels and enum values from the messages, dates and times as people write them. */
public final class HistoryWords {

    private final MessageSource messages;
    private final Locale locale;
    private final ReferenceNames names;

    HistoryWords(MessageSource messages, Locale locale, ReferenceNames names) {
        this.messages = messages;
        this.locale = locale;
        this.names = names;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** "Created", "Deleted" ... of the record itself, or "Seat “Chair” added" ... of a record that belongs to it. */
    String kind(String kind, String subject) {
        return subject == null ? text("history." + kind) : text("history.part." + kind, subject);
    }

    /** The label of a field: the message {@code history.<Class>.<field>}, else the field's name in words. */
    String label(Class<?> type, String field) {
        return messages.getMessage("history." + type.getSimpleName() + "." + field, null, inWords(field), locale);
    }

    /** A value as lines: one for a single value, one per element of a collection (sorted), "Not given" for none. */
    List<String> shown(Object value) {
        if (value instanceof Collection<?> many) {
            return many.isEmpty() ? List.of(text("admin.not-given")) : many.stream().map(this::one).sorted().toList();
        }
        return List.of(value == null ? text("admin.not-given") : one(value));
    }

    String joined(Object value) {
        return String.join("; ", shown(value));
    }

    /** "31 March 2014 at 2:05pm", United Kingdom time. */
    String when(Instant at) {
        return text("history.when", Dates.day(at), Dates.clock(at));
    }

    private String one(Object value) {
        if (value instanceof Reference reference) {
            String name = names.of(reference);
            return name != null ? name : text("history.reference.unknown");
        }
        if (value instanceof LocalDate date) {
            return Dates.day(date);
        }
        if (value instanceof Instant instant) {
            return when(instant);
        }
        if (value instanceof Enum<?> constant) {
            return messages.getMessage("history." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                    null, inWords(constant.name()), locale);
        }
        if (value instanceof Boolean yes) {
            return text(yes ? "history.yes" : "history.no");
        }
        return value.toString();
    }

    /** "shortName" and "RELEVANT_PARTNER" as "Short name" and "Relevant partner". */
    static String inWords(String name) {
        String spaced = name.contains("_") ? name.replace('_', ' ').toLowerCase(Locale.ROOT)
                : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
