package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** What a form shows when its save is refused because someone else saved the record meanwhile. */
class FormsTest {

    /** A form as the admin pages have them: a version and some fields. */
    public static class ExampleForm {
        private Long version;
        private String name;
        private String kind;
        private DateField startedOn = new DateField();

        ExampleForm(Long version, String name, String kind, DateField startedOn) {
            this.version = version;
            this.name = name;
            this.kind = kind;
            this.startedOn = startedOn;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getName() {
            return name;
        }

        public String getKind() {
            return kind;
        }

        public DateField getStartedOn() {
            return startedOn;
        }
    }

    private final ExampleForm typed = new ExampleForm(3L, "My name ", "A", DateField.of("1", "2", "2014"));
    private final ExampleForm theirs = new ExampleForm(5L, "Their name", "A", DateField.of("3", "4", "2014"));
    private final BindingResult errors = new BeanPropertyBindingResult(typed, "form");
    private final ExtendedModelMap model = new ExtendedModelMap();

    @Test
    void aStaleSaveKeepsWhatWasTypedMovesTheVersionOnAndPutsTheSavedVersionBesideIt() {
        SavedBy by = new SavedBy("chair", Instant.parse("2014-03-31T13:05:00Z"));

        Optional<Long> saved = Forms.save(errors, model, () -> {
            throw new StaleEdit();
        }, () -> SavedVersion.of(theirs, Optional.of(by)));

        assertThat(saved).isEmpty();
        assertThat(typed.getName()).as("what was typed is kept").isEqualTo("My name ");
        assertThat(typed.getVersion()).as("saving again replaces their version").isEqualTo(5L);
        assertThat(errors.getGlobalErrors()).extracting(error -> error.getCode()).containsExactly("form.stale");
        assertThat(model.get("globalErrorTarget")).isEqualTo(Forms.SAVED_VERSION);
        SavedVersion shown = (SavedVersion) model.get("saved");
        assertThat(shown.by()).contains(by);
        assertThat(by.day()).isEqualTo("31 March 2014");
        assertThat(by.clock()).as("United Kingdom time").isEqualTo("2:05pm");
    }

    @Test
    void aVersionClashFoundAtCommitIsAStaleSaveTooAndAPlainSavedFormSaysNothingOfWho() {
        Forms.save(errors, model, () -> {
            throw new ObjectOptimisticLockingFailureException(ExampleForm.class, 1L);
        }, () -> theirs);

        assertThat(typed.getVersion()).isEqualTo(5L);
        assertThat(((SavedVersion) model.get("saved")).by()).isEmpty();
    }

    @Test
    void theSavedValueIsShownOnlyWhereItDiffersFromWhatWasTyped() {
        SavedVersion saved = SavedVersion.of(theirs, Optional.empty()).beside(typed);
        List<Option> kinds = List.of(new Option("A", "Kind A"), new Option("B", "Kind B"));

        assertThat(saved.changed("name")).isTrue();
        assertThat(saved.shown("name", null)).isEqualTo("Their name");
        assertThat(saved.changed("kind")).isFalse();
        assertThat(saved.shown("kind", kinds)).as("a choice by its label").isEqualTo("Kind A");
        assertThat(saved.changed("startedOn")).isTrue();
        assertThat(saved.shown("startedOn", null)).isEqualTo("3 April 2014");
        assertThat(saved.changed("sections[0].heading")).as("list items are not matched by position").isFalse();
        assertThat(SavedVersion.of(typed, Optional.empty()).beside(new ExampleForm(3L, "My name", "A",
                DateField.of(" 1", "2", "2014"))).changed("name")).as("surrounding spaces are not a change").isFalse();
    }
}
