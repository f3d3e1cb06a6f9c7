package uk.partnershipplans.portal.plan;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.PartnerDirectory.OrganisationSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.plan.read.PlanReadQueries;

/**
 * The partners of a plan year: the organisations its plan names (as the plan's page lists them) and the current member
 * organisations of the plan's partnership (as the partnership's page lists them), each once, by name. A fixed number
 * of queries, whatever their number.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PlanPartners {

    private final PlanReadQueries queries;
    private final PartnerDirectory partnerDirectory;

    /**
     * An organisation with what the plan says of it and whether it belongs to the partnership.
     *
     * @param relevant  whether the plan names it as a relevant partner (true) or another partner (false); null when the
     *                  plan does not name it
     * @param qualifier the words the plan adds to its name; null for none
     * @param member    whether it is a member of the partnership now
     */
    public record PartnerFacts(String name, String kind, String parentName, Boolean relevant, String qualifier,
            boolean member) {
    }

    /** The year's partners, by name; empty when there is no such year. */
    public List<PartnerFacts> ofYear(Long yearId) {
        return queries.planYear(yearId).map(year -> {
            Map<Long, PlanPartner> named = queries.partners(year.getPlan().getId()).stream()
                    .collect(Collectors.toMap(PlanPartner::getOrganisationId, Function.identity(), (a, b) -> a));
            Set<Long> memberIds = partnerDirectory.currentMemberIds(year.getPlan().getPartnershipId());
            Set<Long> ids = new HashSet<>(named.keySet());
            ids.addAll(memberIds);
            return partnerDirectory.organisations(ids).stream()
                    .sorted(Comparator.comparing((OrganisationSummary o) -> o.name().toLowerCase(Locale.UK))
                            .thenComparing(OrganisationSummary::id))
                    .map(o -> {
                        PlanPartner partner = named.get(o.id());
                        return new PartnerFacts(o.name(), o.kind(), o.parentName(),
                                partner == null ? null : partner.getCategory() == PartnerCategory.RELEVANT_PARTNER, partner == null ? null : partner.getQualifier(),
                                memberIds.contains(o.id()));
                    })
                    .toList();
        }).orElse(List.of());
    }
}
