package uk.partnershipplans.portal.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may know of partnerships, partner organisations and groups. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PartnerDirectory {

    private final PartnershipRepository partnerships;
    private final PartnerOrganisationRepository organisations;

    public record PartnershipSummary(Long id, String name, String description, String leadPartner, String reportsTo,
            String worksWith, String url) {
    }

    public record OrganisationSummary(Long id, String name, String kind, String parentName) {
    }

    public List<PartnershipSummary> partnerships() {
        return partnerships.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(PartnerDirectory::summary).toList();
    }

    public Optional<PartnershipSummary> partnership(Long id) {
        return partnerships.findById(id).map(PartnerDirectory::summary);
    }

    public Optional<PartnershipSummary> partnershipNamed(String name) {
        return partnerships.findByName(name).map(PartnerDirectory::summary);
    }

    public Optional<Long> organisationIdNamed(String name) {
        return organisations.findByName(name).map(PartnerOrganisation::getId);
    }

    /** The organisations with these ids, by name, each with its kind and parent. */
    public List<OrganisationSummary> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return organisations.findWithKindByIdIn(ids).stream()
                .map(o -> new OrganisationSummary(o.getId(), o.getName(), o.getKind().getName(),
                        o.getParent() == null ? null : o.getParent().getName()))
                .toList();
    }

    private static PartnershipSummary summary(Partnership p) {
        return new PartnershipSummary(p.getId(), p.getName(), p.getDescription(), p.getLeadPartner(), p.getReportsTo(),
                p.getWorksWith(), p.getUrl());
    }
}
