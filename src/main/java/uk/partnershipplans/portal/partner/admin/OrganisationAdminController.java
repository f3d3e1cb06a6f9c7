package uk.partnershipplans.portal.partner.admin;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.Search;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.SortBy;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.Status;
import uk.partnershipplans.portal.partner.csv.OrganisationCsvController;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.PartnershipMembership;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep the partner organisations: list with search and filters, add, change, mark as left, delete when unused. */
@Controller
@RequestMapping("/admin/partners")
class OrganisationAdminController extends RecordPages<OrganisationForm> {

    private static final String FORM_VIEW = "partner/admin/organisation-form";
    private static final String LEAVE_VIEW = "partner/admin/leave-form";
    private static final String LIST = "/admin/partners";

    private final OrganisationAdmin admin;
    private final MessageSource messages;
    private final ChangeHistory changes;

    OrganisationAdminController(OrganisationAdmin admin, MessageSource messages, ChangeHistory changes) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), changes.lastSaved(PartnerOrganisation.class, id)),
                (parent, id) -> LIST, (parent, id) -> LIST + "/" + id);
        this.admin = admin;
        this.messages = messages;
        this.changes = changes;
    }

    @GetMapping
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String partnership, @RequestParam(required = false) String category,
            @RequestParam(required = false) String status, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Search search = Search.of(name, kind, partnership, category, status, sort);
        model.addAttribute("organisations", admin.page(search, Math.max(page, 1) - 1));
        model.addAttribute("search", search);
        model.addAttribute("kinds", admin.kinds());
        model.addAttribute("partnerships", admin.partnerships().stream()
                .map(p -> new Option(String.valueOf(p.getId()), p.getName())).toList());
        model.addAttribute("categories", categories());
        model.addAttribute("base", address(LIST, search, search.sort()));
        model.addAttribute("byName", address(LIST, search, SortBy.NAME));
        model.addAttribute("byKind", address(LIST, search, SortBy.KIND));
        model.addAttribute("download", address(OrganisationCsvController.EXPORT, search, search.sort()));
        return "partner/admin/organisations";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("organisation", admin.organisation(id));
        model.addAttribute("memberships", admin.memberships(id));
        return "partner/admin/organisation";
    }

    @GetMapping("/{id}/memberships/new")
    String newMembership(@PathVariable Long id, Model model) {
        model.addAttribute("form", new MembershipForm());
        return showMembershipForm(id, model);
    }

    @PostMapping("/{id}/memberships/new")
    String addMembership(@PathVariable Long id, @Valid @ModelAttribute("form") MembershipForm form, BindingResult errors,
            Model model) {
        return Forms.save(errors, model, () -> admin.addMembership(id, form), () -> form)
                .map(saved -> "redirect:/admin/partners/" + id)
                .orElseGet(() -> showMembershipForm(id, model));
    }

    @GetMapping("/{id}/memberships/{membershipId}/leave")
    String leaveForm(@PathVariable Long id, @PathVariable Long membershipId, Model model) {
        model.addAttribute("form", admin.leaveForm(id, membershipId));
        return showLeave(id, membershipId, model);
    }

    @PostMapping("/{id}/memberships/{membershipId}/leave")
    String leave(@PathVariable Long id, @PathVariable Long membershipId, @ModelAttribute("form") LeaveForm form,
            BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.leave(id, membershipId, form);
            return id;
        }, () -> SavedVersion.of(admin.leaveForm(id, membershipId),
                changes.lastSaved(PartnershipMembership.class, membershipId)))
                .map(saved -> "redirect:/admin/partners/" + id)
                .orElseGet(() -> showLeave(id, membershipId, model));
    }

    @Override
    protected DeletePage deletePage(Long id) {
        PartnerOrganisation organisation = admin.organisation(id);
        return DeletePage.confirm(DeletePage.text("admin.organisation.thing", organisation.getName()),
                LIST + "/" + id + "/delete", LIST + "/" + id, organisation.getVersion(), null);
    }

    @Override
    protected String formPage(Long parentId, Long id, Model model) {
        model.addAttribute("kindOptions", admin.kinds().stream()
                .map(k -> new Option(String.valueOf(k.getId()), k.getName())).toList());
        model.addAttribute("categoryOptions", categories());
        model.addAttribute("parentOptions", admin.all().stream()
                .filter(o -> !o.getId().equals(id))
                .map(o -> new Option(String.valueOf(o.getId()), o.getName())).toList());
        return FORM_VIEW;
    }

    private String showMembershipForm(Long id, Model model) {
        model.addAttribute("organisation", admin.organisation(id));
        model.addAttribute("partnershipOptions", admin.partnerships().stream()
                .map(p -> new Option(String.valueOf(p.getId()), p.getName())).toList());
        return "partner/admin/membership-form";
    }

    private String showLeave(Long id, Long membershipId, Model model) {
        PartnershipMembership membership = admin.membership(id, membershipId);
        model.addAttribute("organisation", admin.organisation(id));
        model.addAttribute("partnershipName", membership.getPartnership().getName());
        model.addAttribute("membershipId", membershipId);
        return LEAVE_VIEW;
    }

    private List<Option> categories() {
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(PartnerCategory.values())
                .map(c -> new Option(c.name(), messages.getMessage("admin.organisation.category." + c.name(), null, locale)))
                .toList();
    }

    /** The address (the list, or its download) with the same search and filters, sorted as given. */
    private static String address(String path, Search search, SortBy sort) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (!search.name().isEmpty()) {
            uri.queryParam("name", search.name());
        }
        if (search.kindId() != null) {
            uri.queryParam("kind", search.kindId());
        }
        if (search.partnershipId() != null) {
            uri.queryParam("partnership", search.partnershipId());
        }
        if (search.category() != null) {
            uri.queryParam("category", search.category().name());
        }
        if (search.status() != Status.ALL) {
            uri.queryParam("status", search.status().name());
        }
        if (sort != SortBy.NAME) {
            uri.queryParam("sort", sort.name());
        }
        return uri.encode().build().toUriString();
    }
}
