package uk.partnershipplans.portal.refresh.publication;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.plan.PlanYearStages;
import uk.partnershipplans.portal.shared.DemoDataLoads;
import uk.partnershipplans.portal.shared.SavedBy;

/**
 * The public pages of the demo plans' published years, made once ({@link DemoDataLoads}) after the demo plans and
 * their equality impact assessment, as publishing them would have made them: the documents are published plans, so the
 * public pages have something to show from the first start. Never in the postgres profile.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("portal.demo-data")
@RequiredArgsConstructor
@Slf4j
class DemoPublications implements ApplicationRunner {

    private static final String PART = "public-pages";

    private final PlanYearStages stages;
    private final Publications publications;
    private final DemoDataLoads loads;

    @Override
    public void run(ApplicationArguments args) {
        if (loads.isLoaded(PART)) {
            return;
        }
        for (Long yearId : stages.at(PlanStatus.PUBLISHED)) {
            publications.publish(yearId, SavedBy.SYSTEM);
        }
        loads.recordLoaded(PART);
        log.info("Made the public pages of the demo plans' published years");
    }
}
