package uk.partnershipplans.portal.history;

import org.springframework.data.domain.Page;

/**
 * What {@code templates/admin/history.html} shows: the history of changes to the record called {@code name} (a
 * {@code caption} above says what it is), whose page is at {@code recordPath}; the history's own address is
 * {@code path}, for its pages.
 */
public record HistoryPage(String caption, String name, String recordPath, String path, Page<ChangeHistory.Entry> changes) {
}
