package uk.partnershipplans.portal.partner.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.shared.DemoDataLoads;

/**
 * The example partnership of the default profile, transcribed from the council papers in {@code demo/partnership.json}:
 * the partnership, its partner organisations and its groups. Loaded once ({@link DemoDataLoads}), so that whatever an
 * admin renames afterwards, nothing is loaded again; never in the postgres profile.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("portal.demo-data")
@RequiredArgsConstructor
class DemoPartners implements ApplicationRunner {

    private static final String PART = "partnership";

    private final JsonMapper json;
    private final PartnershipRepository partnerships;
    private final PartnerKindRepository kinds;
    private final PartnerOrganisationRepository organisations;
    private final PartnershipMembershipRepository memberships;
    private final PartnerGroupRepository groups;
    private final DemoDataLoads loads;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(PartnershipData partnership, List<String> partnerKinds, List<PartnerData> partners,
            List<GroupData> groups) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartnershipData(String name, String description, String leadPartner, String reportsTo,
            List<String> worksWith, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartnerData(String name, String shortName, String kind, PartnerCategory category, String parent,
            String notes, List<MembershipData> memberships) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MembershipData(String plan, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupData(String name, GroupType type, String description) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (loads.isLoaded(PART)) {
            return;
        }
        Document document = read("demo/partnership.json");
        PartnershipData data = document.partnership();
        Partnership partnership = partnerships.save(new Partnership(data.name(), data.description(), data.leadPartner(),
                data.reportsTo(), String.join("; ", data.worksWith()), data.url()));

        Map<String, PartnerKind> kindsByName = new HashMap<>();
        document.partnerKinds().forEach(name -> kindsByName.put(name, kinds.save(new PartnerKind(name))));

        Map<String, PartnerOrganisation> byName = new HashMap<>();
        for (PartnerData partner : document.partners()) {
            PartnerOrganisation parent = partner.parent() == null ? null : byName.get(partner.parent());
            if (partner.parent() != null && parent == null) {
                throw new IllegalStateException("Demo data lists " + partner.name() + " before its parent " + partner.parent());
            }
            PartnerOrganisation organisation = organisations.save(new PartnerOrganisation(partner.name(),
                    partner.shortName(), kindsByName.get(partner.kind()), partner.category(), parent, partner.notes()));
            byName.put(partner.name(), organisation);
            memberships.save(new PartnershipMembership(partnership, organisation, null, null, membershipNote(partner)));
        }
        for (GroupData group : document.groups()) {
            groups.save(new PartnerGroup(partnership, group.name(), group.type(), group.description()));
        }
        loads.recordLoaded(PART);
    }

    /** The documents give no joining or leaving dates, only which plans name each partner. */
    private static String membershipNote(PartnerData partner) {
        List<String> plans = partner.memberships().stream().map(MembershipData::plan).toList();
        return "Named as a partner in the " + String.join(" and ", plans) + (plans.size() == 1 ? " plan." : " plans.");
    }

    private Document read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
