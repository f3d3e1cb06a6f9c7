package uk.partnershipplans.portal.refresh.lifecycle;

import static uk.partnershipplans.portal.plan.PlanStatus.APPROVED;
import static uk.partnershipplans.portal.plan.PlanStatus.CONSULTATION;
import static uk.partnershipplans.portal.plan.PlanStatus.DRAFT;
import static uk.partnershipplans.portal.plan.PlanStatus.PUBLISHED;
import static uk.partnershipplans.portal.plan.PlanStatus.SUPERSEDED;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.partnershipplans.portal.plan.PlanStatus;

/**
 * A step in a plan year's life, from the statuses it may be taken from to the one it leads to. Board members and
 * admins take a draft to consultation and approve it; only admins publish, supersede and reopen.
 */
enum Step {
    CONSULT(Set.of(DRAFT), CONSULTATION, false),
    APPROVE(Set.of(DRAFT, CONSULTATION), APPROVED, false),
    PUBLISH(Set.of(APPROVED), PUBLISHED, true),
    SUPERSEDE(Set.of(PUBLISHED), SUPERSEDED, true),
    /** Takes a published year back to approved, for a correction: published again, it is public again. */
    REOPEN(Set.of(PUBLISHED), APPROVED, true);

    private final Set<PlanStatus> from;
    private final PlanStatus to;
    private final boolean adminOnly;

    Step(Set<PlanStatus> from, PlanStatus to, boolean adminOnly) {
        this.from = from;
        this.to = to;
        this.adminOnly = adminOnly;
    }

    boolean takesFrom(PlanStatus status) {
        return from.contains(status);
    }

    PlanStatus to() {
        return to;
    }

    boolean adminOnly() {
        return adminOnly;
    }

    /** Its name in addresses: "approve". */
    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Step> ofSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug().equals(slug)).findFirst();
    }
}
