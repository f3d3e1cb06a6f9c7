package uk.partnershipplans.portal.refresh.next;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;

/**
 * What the next-year form sends, and what the summary page sends back in hidden fields: nothing is saved until the
 * person confirms. Each priority of the year is kept, reworded or dropped; new priorities are added in empty rows.
 */
@Getter
@Setter
@NoArgsConstructor
public class NextYearForm {

    /** Empty rows offered for new priorities, beyond those already filled in. */
    static final int EMPTY_ROWS = 3;

    /** What happens to a priority of the year. */
    public enum Choice {
        KEEP, REWORD, DROP
    }

    @NotBlank(message = "{admin.plan-year.label.required}")
    @Size(max = 20, message = "{admin.plan-year.label.size}")
    private String label;

    @RealDate(name = "admin.plan-year.start-date", example = "1 4 2014", whenBlank = "admin.plan-year.start-date.required")
    private DateField startDate = new DateField();

    @RealDate(name = "admin.plan-year.end-date", example = "31 3 2015", whenBlank = "admin.plan-year.end-date.required")
    private DateField endDate = new DateField();

    private List<PriorityChoice> priorities = new ArrayList<>();

    private List<NewPriority> added = new ArrayList<>();

    /** A priority of the year and what happens to it: a reworded one has its new number and title. */
    @Getter
    @Setter
    @NoArgsConstructor
    public static class PriorityChoice {
        private Long priorityId;
        private Choice choice = Choice.KEEP;
        private String number;
        private String title;

        PriorityChoice(Long priorityId, String number, String title) {
            this.priorityId = priorityId;
            this.number = number;
            this.title = title;
        }
    }

    /** A new priority: blank when the row is not used. */
    @Getter
    @Setter
    @NoArgsConstructor
    public static class NewPriority {
        private String number;
        private String title;

        boolean isBlank() {
            return (number == null || number.isBlank()) && (title == null || title.isBlank());
        }
    }

    /**
     * Adds empty rows for new priorities until {@link #EMPTY_ROWS} are empty, for the form; rows are never taken away,
     * so a problem found in a row stays with it.
     */
    void offerEmptyRows() {
        long empty = added.stream().filter(NewPriority::isBlank).count();
        for (long i = empty; i < EMPTY_ROWS; i++) {
            added.add(new NewPriority());
        }
    }
}
