package uk.partnershipplans.portal.reporting.figures;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How far the check of each import being checked on this node has gone, for its page to say ("Checked 4,000 of 10,000
 * rows"). Kept in memory rather than in the import's row: writing it there as the check goes would move the version of
 * the content ({@code shared.ContentVersion}) every few hundred rows, and with it everything kept under it. Another
 * node's page says only that the file is being checked.
 */
@Component
class ImportProgress {

    /** Rows checked of the rows to check (the headings not counted). */
    record Checked(long rows, long of) {
    }

    private final Map<Long, Checked> checking = new ConcurrentHashMap<>();

    void checked(Long importId, long rows, long of) {
        checking.put(importId, new Checked(rows, of));
    }

    void done(Long importId) {
        checking.remove(importId);
    }

    Optional<Checked> of(Long importId) {
        return Optional.ofNullable(checking.get(importId));
    }
}
