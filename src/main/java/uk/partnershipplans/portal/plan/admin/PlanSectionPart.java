package uk.partnershipplans.portal.plan.admin;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanSection;
import uk.partnershipplans.portal.plan.model.PlanSectionRepository;

/** The sections of what a plan says as a whole, in their order (1 is the first); nothing depends on them. */
@Component
@Order(0)
class PlanSectionPart extends PlanWidePartKind<PlanSection> {

    PlanSectionPart(PlanSectionRepository sections) {
        super("plan-sections", "plan-section", "plan-sections", "uk_plan_section_position", sections, Plan::getSections,
                PlanSection::new);
    }
}
