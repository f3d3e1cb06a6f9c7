package uk.partnershipplans.portal.plan.read;

import uk.partnershipplans.portal.plan.model.Priority;

/** A priority as the pages name and link it. */
record PriorityRef(Long id, String number, String title) {

    private static final int SHORT_TITLE_LENGTH = 32;

    static PriorityRef of(Priority priority) {
        return new PriorityRef(priority.getId(), priority.getNumber(), priority.getTitle());
    }

    /** The title cut at a word to fit a table's column heading, with an ellipsis when cut. (Public for templates.) */
    public String shortTitle() {
        if (title.length() <= SHORT_TITLE_LENGTH) {
            return title;
        }
        int cut = title.lastIndexOf(' ', SHORT_TITLE_LENGTH);
        return (cut > 0 ? title.substring(0, cut) : title.substring(0, SHORT_TITLE_LENGTH)).replaceAll("[,;:.]$", "") + "…";
    }
}
