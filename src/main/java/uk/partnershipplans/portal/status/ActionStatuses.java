package uk.partnershipplans.portal.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Which of a year's actions were completed as at a day, for other modules (the next year carries forward the actions
 * not completed by the end of the year before), from the status {@link ProgressService} works out for every page.
 */
@Component
@RequiredArgsConstructor
public class ActionStatuses {

    private final ProgressService progress;

    /** The ids of the year's actions whose status as at {@code day} is completed; none for no such year. */
    public Set<Long> completedAsAt(Long yearId, LocalDate day) {
        return progress.yearStatus(yearId, day).stream()
                .flatMap(status -> status.actions().stream())
                .filter(action -> action.status() == ActionStatus.COMPLETED)
                .map(action -> action.action().id())
                .collect(Collectors.toUnmodifiableSet());
    }
}
