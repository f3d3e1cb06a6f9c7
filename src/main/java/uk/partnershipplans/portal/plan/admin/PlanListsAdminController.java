package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.plan.model.PlanReference;
import uk.partnershipplans.portal.plan.model.SupportedInitiative;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep the partners a plan names, the work it supports and the documents it refers to: add, change, delete. */
@Controller
@RequiredArgsConstructor
class PlanListsAdminController {

    private static final String ID = "{id:\\d{1,18}}";
    private static final String PLAN_ID = "{planId:\\d{1,18}}";

    private final PlanListsAdmin admin;
    private final PlanAdmin plans;
    private final ChangeHistory history;
    private final MessageSource messages;
    private final AdminChoices choices;

    // Partners the plan names

    @GetMapping("/admin/plans/" + PLAN_ID + "/partners/new")
    String newPartner(@PathVariable Long planId, Model model) {
        model.addAttribute("form", new PlanPartnerForm());
        return partnerForm(plans.plan(planId), null, model);
    }

    @PostMapping("/admin/plans/" + PLAN_ID + "/partners/new")
    String addPartner(@PathVariable Long planId, @Valid @ModelAttribute("form") PlanPartnerForm form,
            BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.addPartner(planId, form), () -> form)
                .map(id -> "redirect:" + planPage(planId, "partners"))
                .orElseGet(() -> partnerForm(plans.plan(planId), null, model));
    }

    @GetMapping("/admin/plan-partners/" + ID + "/edit")
    String editPartner(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.planPartnerForm(id));
        return partnerForm(admin.planPartner(id).partner().getPlan(), id, model);
    }

    @PostMapping("/admin/plan-partners/" + ID + "/edit")
    String updatePartner(@PathVariable Long id, @Valid @ModelAttribute("form") PlanPartnerForm form,
            BindingResult errors, Model model) {
        Plan plan = admin.planPartner(id).partner().getPlan();
        return Forms.save(errors, model, () -> {
            admin.updatePartner(id, form);
            return id;
        }, () -> SavedVersion.of(admin.planPartnerForm(id), history.lastSaved(PlanPartner.class, id)))
                .map(saved -> "redirect:" + planPage(plan.getId(), "partners"))
                .orElseGet(() -> partnerForm(plan, id, model));
    }

    @GetMapping("/admin/plan-partners/" + ID + "/delete")
    String confirmDeletePartner(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, partnerDeletePage(id), Optional.empty());
    }

    @PostMapping("/admin/plan-partners/" + ID + "/delete")
    String deletePartner(@PathVariable Long id, @RequestParam long version, Model model) {
        Long planId = admin.planPartner(id).partner().getPlan().getId();
        return Deletions.delete(model, messages, () -> partnerDeletePage(id), () -> admin.deletePartner(id, version),
                planPage(planId, "partners"));
    }

    // Supported initiatives

    @GetMapping("/admin/plans/" + PLAN_ID + "/initiatives/new")
    String newInitiative(@PathVariable Long planId, Model model) {
        model.addAttribute("form", new InitiativeForm());
        return initiativeForm(plans.plan(planId), null, model);
    }

    @PostMapping("/admin/plans/" + PLAN_ID + "/initiatives/new")
    String addInitiative(@PathVariable Long planId, @Valid @ModelAttribute("form") InitiativeForm form,
            BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.addInitiative(planId, form), () -> form)
                .map(id -> "redirect:" + planPage(planId, "initiatives"))
                .orElseGet(() -> initiativeForm(plans.plan(planId), null, model));
    }

    @GetMapping("/admin/initiatives/" + ID + "/edit")
    String editInitiative(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.initiativeForm(id));
        return initiativeForm(admin.initiative(id).getPlan(), id, model);
    }

    @PostMapping("/admin/initiatives/" + ID + "/edit")
    String updateInitiative(@PathVariable Long id, @Valid @ModelAttribute("form") InitiativeForm form,
            BindingResult errors, Model model) {
        Plan plan = admin.initiative(id).getPlan();
        return Forms.save(errors, model, () -> {
            admin.updateInitiative(id, form);
            return id;
        }, () -> SavedVersion.of(admin.initiativeForm(id), history.lastSaved(SupportedInitiative.class, id)))
                .map(saved -> "redirect:" + planPage(plan.getId(), "initiatives"))
                .orElseGet(() -> initiativeForm(plan, id, model));
    }

    @GetMapping("/admin/initiatives/" + ID + "/delete")
    String confirmDeleteInitiative(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, initiativeDeletePage(id), Optional.empty());
    }

    @PostMapping("/admin/initiatives/" + ID + "/delete")
    String deleteInitiative(@PathVariable Long id, @RequestParam long version, Model model) {
        Long planId = admin.initiative(id).getPlan().getId();
        return Deletions.delete(model, messages, () -> initiativeDeletePage(id), () -> admin.deleteInitiative(id, version),
                planPage(planId, "initiatives"));
    }

    // References and related documents

    @GetMapping("/admin/plans/" + PLAN_ID + "/references/new")
    String newReference(@PathVariable Long planId, Model model) {
        model.addAttribute("form", new ReferenceForm());
        return referenceForm(plans.plan(planId), null, model);
    }

    @PostMapping("/admin/plans/" + PLAN_ID + "/references/new")
    String addReference(@PathVariable Long planId, @Valid @ModelAttribute("form") ReferenceForm form,
            BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.addReference(planId, form), () -> form)
                .map(id -> "redirect:" + planPage(planId, "references"))
                .orElseGet(() -> referenceForm(plans.plan(planId), null, model));
    }

    @GetMapping("/admin/references/" + ID + "/edit")
    String editReference(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.referenceForm(id));
        return referenceForm(admin.reference(id).getPlan(), id, model);
    }

    @PostMapping("/admin/references/" + ID + "/edit")
    String updateReference(@PathVariable Long id, @Valid @ModelAttribute("form") ReferenceForm form,
            BindingResult errors, Model model) {
        Plan plan = admin.reference(id).getPlan();
        return Forms.save(errors, model, () -> {
            admin.updateReference(id, form);
            return id;
        }, () -> SavedVersion.of(admin.referenceForm(id), history.lastSaved(PlanReference.class, id)))
                .map(saved -> "redirect:" + planPage(plan.getId(), "references"))
                .orElseGet(() -> referenceForm(plan, id, model));
    }

    @GetMapping("/admin/references/" + ID + "/delete")
    String confirmDeleteReference(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, referenceDeletePage(id), Optional.empty());
    }

    @PostMapping("/admin/references/" + ID + "/delete")
    String deleteReference(@PathVariable Long id, @RequestParam long version, Model model) {
        Long planId = admin.reference(id).getPlan().getId();
        return Deletions.delete(model, messages, () -> referenceDeletePage(id), () -> admin.deleteReference(id, version),
                planPage(planId, "references"));
    }

    private String partnerForm(Plan plan, Long id, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("itemId", id);
        model.addAttribute("organisationName", id == null ? null : admin.planPartner(id).name());
        model.addAttribute("organisationOptions", id != null ? List.of() : admin.organisationsToName(plan.getId()).stream()
                .map(o -> new Option(String.valueOf(o.id()), o.name())).toList());
        model.addAttribute("categoryOptions", choices.of(PartnerCategory.class));
        return "plan/admin/plan-partner-form";
    }

    private DeletePage partnerDeletePage(Long id) {
        PlanListsAdmin.NamedPartner named = admin.planPartner(id);
        return DeletePage.confirm(DeletePage.text("admin.plan-partner.thing", named.name()),
                "/admin/plan-partners/" + id + "/delete", planPage(named.partner().getPlan().getId(), "partners"),
                named.partner().getVersion(), null);
    }

    private String initiativeForm(Plan plan, Long id, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("itemId", id);
        return "plan/admin/initiative-form";
    }

    private String referenceForm(Plan plan, Long id, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("itemId", id);
        return "plan/admin/reference-form";
    }

    private DeletePage initiativeDeletePage(Long id) {
        SupportedInitiative initiative = admin.initiative(id);
        return DeletePage.confirm(DeletePage.text("admin.initiative.thing", initiative.getTitle()),
                "/admin/initiatives/" + id + "/delete", planPage(initiative.getPlan().getId(), "initiatives"),
                initiative.getVersion(), null);
    }

    private DeletePage referenceDeletePage(Long id) {
        PlanReference reference = admin.reference(id);
        return DeletePage.confirm(DeletePage.text("admin.reference.thing", reference.getTitle()),
                "/admin/references/" + id + "/delete", planPage(reference.getPlan().getId(), "references"),
                reference.getVersion(), null);
    }

    private static String planPage(Long planId, String section) {
        return "/admin/plans/" + planId + "#" + section;
    }
}
