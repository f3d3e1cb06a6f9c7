package uk.partnershipplans.portal.governance.group;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanOutlines;
import uk.partnershipplans.portal.plan.PlanOutlines.PlanOutline;
import uk.partnershipplans.portal.shared.DemoDataLoads;

/**
 * The vulnerable groups the demo plans name, in their words: the 2013-14 refresh lists them under priority 3.7 (emotional
 * wellbeing), the 2014-16 plan under priority 3.3 (closing the gap in attainment). Each is linked to that priority.
 * Loaded once ({@link DemoDataLoads}), after the plans; never in the postgres profile. The documents keep no risk
 * register, so the demo has no risks.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("portal.demo-data")
@RequiredArgsConstructor
@Slf4j
class DemoVulnerableGroups implements ApplicationRunner {

    private static final String PART = "vulnerable-groups";

    private final PlanOutlines plans;
    private final VulnerableGroupRepository groups;
    private final DemoDataLoads loads;

    private record Named(String plan, String year, String priority, List<String[]> groups) {
    }

    private static final List<Named> NAMED = List.of(
            new Named("Children, Young People and Families Plan 2011-14", "2013-14", "3.7", List.of(
                    new String[] {"Children in local authority care", "Those in local authority care."},
                    new String[] {"Children involved in or at risk of offending", "Those involved in or at risk of offending."},
                    new String[] {"Children with learning or physical disabilities",
                            "Those with learning and/or physical disabilities."},
                    new String[] {"Children from Black and Minority Ethnic backgrounds",
                            "Those who are from Black and Minority Ethnic backgrounds, including Roma and Traveller children."},
                    new String[] {"Children who live with vulnerable adults", "Those who live with vulnerable adults."})),
            new Named("Children, Young People and Families Plan 2014-16", "2014-16", "3.3", List.of(
                    new String[] {"Pupils eligible for free school meals",
                            "Pupils who are eligible for free school meals."},
                    new String[] {"Children with special educational needs or disabilities",
                            "Children and young people who have special educational needs (SEN) or disabilities."},
                    new String[] {"Children with social or behaviour issues",
                            "Children and young people who have social or behaviour issues, including low attendance at school."},
                    new String[] {"Children with physical or mental health issues",
                            "Children and young people who have physical or mental health issues."},
                    new String[] {"Children looked after by the local authority",
                            "Children and young people who are looked after by the local authority."})));

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (loads.isLoaded(PART)) {
            return;
        }
        for (Named named : NAMED) {
            PlanOutline plan = plans.titled(named.plan()).orElse(null);
            Long priority = plan == null ? null : plan.years().stream().filter(year -> year.label().equals(named.year()))
                    .flatMap(year -> year.priorities().stream()).filter(p -> p.number().equals(named.priority()))
                    .map(PriorityFacts::id).findFirst().orElse(null);
            if (priority == null) {
                log.warn("Demo vulnerable groups: priority {} of {} {} not found; its groups are not loaded",
                        named.priority(), named.plan(), named.year());
                continue;
            }
            for (String[] group : named.groups()) {
                VulnerableGroup kept = new VulnerableGroup(plan.id());
                kept.revise(group[0], group[1], Set.of(priority));
                groups.save(kept);
            }
        }
        loads.recordLoaded(PART);
    }
}
