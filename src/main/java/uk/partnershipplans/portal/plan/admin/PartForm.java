package uk.partnershipplans.portal.plan.admin;

/**
 * What the form of every numbered part sends. Each kind keeps its own form class because the rule for its number
 * differs: a whole number for themes and principles ({@link NumberedForm}), "1" or "1.2" for objectives
 * ({@link ObjectiveForm}).
 */
interface PartForm {

    /** The number as typed, without surrounding spaces. */
    String numberText();

    String getTitle();

    String getDescription();

    Long getVersion();
}
