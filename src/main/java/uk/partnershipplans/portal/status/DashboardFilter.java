package uk.partnershipplans.portal.status;

import lombok.Getter;
import lombok.Setter;

/**
 * The dashboard's filters, as the GET form sends them. Every value is kept as typed: one that names no priority, lead
 * or colour of the year is shown back but filters nothing, so a stale or edited address never fails.
 */
@Getter
@Setter
class DashboardFilter {

    /** A priority's id, or blank for all. */
    private String priority;

    /** One of the organisations or people the actions' leads name, or blank for all. */
    private String lead;

    /** A {@link Rag} name, or blank for all. */
    private String status;

    /** The page of each table, from 1; anything else shows the first. */
    private String attentionPage;

    private String actionsPage;

    private String indicatorsPage;

    private String trendsPage;

    DashboardFilter() {
    }

    DashboardFilter(String priority, String lead, String status) {
        this.priority = priority;
        this.lead = lead;
        this.status = status;
    }
}
