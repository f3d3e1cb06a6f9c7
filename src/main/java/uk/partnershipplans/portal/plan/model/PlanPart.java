package uk.partnershipplans.portal.plan.model;

import java.util.List;

/**
 * A numbered part of a plan (a key theme, a cross-cutting principle, a strategic or an operational objective) as the
 * admin pages list, change and delete it. What differs between the kinds is in {@link NumberedPart}.
 */
public interface PlanPart {

    Long getId();

    String getTitle();

    String getDescription();

    long getVersion();

    /** The plan it belongs to, directly or through the part it sits under. */
    Plan getPlan();

    /** Its number as the plan prints it, such as "3" or "1.2". */
    String numberText();

    /** The parts that sit under it, in number order: a strategic objective's operational objectives. */
    default List<? extends PlanPart> partsUnder() {
        return List.of();
    }
}
