package uk.partnershipplans.portal.shared;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/**
 * What a page shows when a save is refused because someone else saved the record meanwhile: the form keeps what was
 * typed, and beside each field whose saved value differs the saved one is shown (see {@code fragments/forms.html}),
 * with who saved it and when where that is recorded. {@code typed} and {@code values} are forms of the same class;
 * {@code by} is empty when it is not recorded.
 */
public record SavedVersion(Object typed, Object values, Optional<SavedBy> by) {


    /** The saved values as a form, with who saved them when that is known. */
    public static SavedVersion of(Object values, Optional<SavedBy> by) {
        return new SavedVersion(null, values, by);
    }

    SavedVersion beside(Object typedForm) {
        return new SavedVersion(typedForm, values, by);
    }

    /**
     * Whether the saved value of {@code field} differs from what was typed. Fields inside lists ({@code sections[2].body})
     * are never compared: items may have been added, moved or removed, so the same position need not be the same item;
     * pages with lists show the saved ones themselves.
     */
    public boolean changed(String field) {
        if (field.contains("[") || typed == null) {
            return false;
        }
        return !Objects.equals(comparable(read(typed, field)), comparable(read(values, field)));
    }

    /**
     * The saved value of {@code field} as text: for a choice, the labels of the chosen {@code options} (may be null);
     * for a date, its day, month and year; null when nothing is saved.
     */
    public String shown(String field, List<Option> options) {
        Object value = read(values, field);
        if (value instanceof Collection<?> chosen) {
            String labels = chosen.stream().map(one -> label(one, options)).collect(Collectors.joining(", "));
            return labels.isEmpty() ? null : labels;
        }
        if (value instanceof Boolean yes) {
            return yes ? label(true, options) : null;
        }
        if (value instanceof DateField date) {
            return date.isBlank() ? null : date.toDate().map(Dates::day)
                    .orElse(String.join(" ", date.getDay(), date.getMonth(), date.getYear()));
        }
        return value == null || value.toString().isBlank() ? null : label(value, options);
    }

    private static String label(Object value, List<Option> options) {
        String text = String.valueOf(value);
        if (options == null) {
            return text;
        }
        return options.stream().filter(option -> option.value().equals(text)).map(Option::label).findFirst().orElse(text);
    }

    private static Object read(Object form, String field) {
        BeanWrapper wrapper = new BeanWrapperImpl(form);
        return wrapper.isReadableProperty(field) ? wrapper.getPropertyValue(field) : null;
    }

    /** Values as a person sees them: blank text as none, surrounding spaces ignored, dates by their boxes. */
    private static Object comparable(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip().replace("\r\n", "\n");
        }
        if (value instanceof DateField date) {
            return date.isBlank() ? null : List.of(date.getDay().strip(), date.getMonth().strip(), date.getYear().strip());
        }
        if (value instanceof Collection<?> many) {
            return many.isEmpty() ? null : many.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        if (Boolean.FALSE.equals(value)) {
            return null;
        }
        return value == null ? null : String.valueOf(value);
    }
}
