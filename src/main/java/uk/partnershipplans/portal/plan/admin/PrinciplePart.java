package uk.partnershipplans.portal.plan.admin;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.Principle;
import uk.partnershipplans.portal.plan.model.PrincipleRepository;

/** Cross-cutting principles: numbered 1, 2, 3 ... in their plan; nothing depends on them. */
@Component
@Order(3)
class PrinciplePart extends PlanWidePartKind<Principle> {

    PrinciplePart(PrincipleRepository principles) {
        super("principles", "principle", "principles", "uk_principle_number", principles, Plan::getPrinciples,
                Principle::new);
    }
}
