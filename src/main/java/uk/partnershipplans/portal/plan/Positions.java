package uk.partnershipplans.portal.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where an action or a priority stands, as at its year's own date (the last day of a year that has ended, else today),
 * for the plan's own pages. The status module works statuses out and implements this, so that the plan pages show the
 * one result the dashboard and the summary show, without the plan depending on the module that reads it.
 */
public interface Positions {

    /**
     * A status as the pages show it: the message key of its words, its colour (RED, AMBER, GREEN or NOT_RATED), and
     * the date it is worked out as at with the message key of why that date.
     */
    record Position(String wordsKey, String colour, LocalDate asAt, String asAtKey) {
    }

    Optional<Position> ofAction(Long yearId, Long actionId);

    /** The priority's roll-up: the overall colour of its actions and indicators. */
    Optional<Position> ofPriority(Long yearId, Long priorityId);
}
