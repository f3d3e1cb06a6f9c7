package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import jakarta.validation.Valid;
import java.util.List;
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
import uk.partnershipplans.portal.plan.admin.list.InitiativeAdmin;
import uk.partnershipplans.portal.plan.admin.list.PlanPartnerAdmin;
import uk.partnershipplans.portal.plan.admin.list.ReferenceAdmin;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;

/** Admins keep a partnership's plans and each plan's years. */
@Controller
@RequiredArgsConstructor
class PlanAdminController {

    private final PlanAdmin admin;
    private final PriorityAdmin priorities;
    private final PriorityGroupAdmin priorityGroups;
    private final AdminChoices choices;
    private final MessageSource messages;
    private final PlanPartnerAdmin planPartners;
    private final InitiativeAdmin initiatives;
    private final ReferenceAdmin references;

    @GetMapping("/admin/plans")
    String plans(@RequestParam(required = false) Long partnership, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("plans", admin.plans(partnership, Math.max(page, 1) - 1));
        model.addAttribute("partnership", partnership);
        model.addAttribute("partnershipName", partnership == null ? null : admin.partnershipName(partnership));
        model.addAttribute("partnerships", admin.partnerships());
        return "plan/admin/plans";
    }

    @GetMapping("/admin/plans/{id}")
    String plan(@PathVariable Long id, Model model) {
        model.addAttribute("overview", admin.overview(id));
        model.addAttribute("planPartners", planPartners.ofPlan(id));
        model.addAttribute("initiatives", initiatives.ofPlan(id));
        model.addAttribute("references", references.ofPlan(id));
        return "plan/admin/plan";
    }

    @GetMapping("/admin/plans/new")
    String newPlan(@RequestParam(name = "partnershipId", required = false) Long partnership, Model model) {
        PlanForm form = new PlanForm();
        form.setPartnershipId(partnership);
        form.setStatus(PlanStatus.DRAFT);
        model.addAttribute("form", form);
        return planForm(null, model);
    }

    @PostMapping("/admin/plans/new")
    String createPlan(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.createPlan(form), () -> form)
                .map(id -> "redirect:/admin/plans/" + id)
                .orElseGet(() -> planForm(null, model));
    }

    @GetMapping("/admin/plans/{id}/edit")
    String editPlan(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.planForm(id));
        return planForm(id, model);
    }

    @PostMapping("/admin/plans/{id}/edit")
    String updatePlan(@PathVariable Long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.updatePlan(id, form);
            return id;
        }, () -> admin.planForm(id)).map(saved -> "redirect:/admin/plans/" + id).orElseGet(() -> planForm(id, model));
    }

    @GetMapping("/admin/plans/{id}/delete")
    String confirmDeletePlan(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, planDeletePage(id), admin.planDeletionRefusal(id));
    }

    @PostMapping("/admin/plans/{id}/delete")
    String deletePlan(@PathVariable Long id, @RequestParam long version, Model model) {
        Long partnershipId = admin.plan(id).getPartnershipId();
        return Deletions.delete(model, messages, () -> planDeletePage(id), () -> admin.deletePlan(id, version),
                "/admin/plans?partnership=" + partnershipId);
    }

    private DeletePage planDeletePage(Long id) {
        Plan plan = admin.plan(id);
        return DeletePage.confirm(text("admin.plan.thing", plan.getTitle()), "/admin/plans/" + id + "/delete",
                "/admin/plans/" + id, plan.getVersion(), text("admin.plan.delete.consequence"));
    }

    private String planForm(Long id, Model model) {
        model.addAttribute("planId", id);
        model.addAttribute("statuses", choices.of(PlanStatus.class));
        model.addAttribute("frameworkOptions", id == null ? List.of()
                : admin.frameworksOf(admin.plan(id).getPartnershipId()).stream()
                        .map(f -> new Option(String.valueOf(f.getId()), f.getName())).toList());
        model.addAttribute("partnerships", choices.partnerships(admin.partnerships()));
        if (id != null) {
            model.addAttribute("partnershipName", admin.partnershipName(admin.plan(id).getPartnershipId()));
        }
        return "plan/admin/plan-form";
    }

    // Plan years

    @GetMapping("/admin/plan-years/{id}")
    String year(@PathVariable Long id, Model model) {
        model.addAttribute("overview", priorities.overview(id));
        model.addAttribute("groups", priorityGroups.ofYear(id));
        return "plan/admin/plan-year";
    }

    @GetMapping("/admin/plans/{planId}/years/new")
    String newYear(@PathVariable Long planId, Model model) {
        model.addAttribute("form", new PlanYearForm());
        return yearForm(planId, null, model);
    }

    @PostMapping("/admin/plans/{planId}/years/new")
    String createYear(@PathVariable Long planId, @Valid @ModelAttribute("form") PlanYearForm form, BindingResult errors,
            Model model) {
        return Forms.save(errors, model, () -> admin.createYear(planId, form), () -> form)
                .map(id -> "redirect:/admin/plan-years/" + id)
                .orElseGet(() -> yearForm(planId, null, model));
    }

    @GetMapping("/admin/plan-years/{id}/edit")
    String editYear(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.yearForm(id));
        return yearForm(admin.year(id).getPlan().getId(), id, model);
    }

    @PostMapping("/admin/plan-years/{id}/edit")
    String updateYear(@PathVariable Long id, @Valid @ModelAttribute("form") PlanYearForm form, BindingResult errors,
            Model model) {
        return Forms.save(errors, model, () -> {
            admin.updateYear(id, form);
            return id;
        }, () -> admin.yearForm(id)).map(saved -> "redirect:/admin/plan-years/" + id)
                .orElseGet(() -> yearForm(admin.year(id).getPlan().getId(), id, model));
    }

    @GetMapping("/admin/plan-years/{id}/delete")
    String confirmDeleteYear(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, yearDeletePage(id), admin.yearDeletionRefusal(id));
    }

    @PostMapping("/admin/plan-years/{id}/delete")
    String deleteYear(@PathVariable Long id, @RequestParam long version, Model model) {
        Long planId = admin.year(id).getPlan().getId();
        return Deletions.delete(model, messages, () -> yearDeletePage(id), () -> admin.deleteYear(id, version),
                "/admin/plans/" + planId);
    }

    private DeletePage yearDeletePage(Long id) {
        PlanYear year = admin.year(id);
        return DeletePage.confirm(text("admin.plan-year.thing", year.getLabel(), year.getPlan().getTitle()),
                "/admin/plan-years/" + id + "/delete", "/admin/plan-years/" + id, year.getVersion(), null);
    }

    private String yearForm(Long planId, Long yearId, Model model) {
        model.addAttribute("plan", admin.plan(planId));
        model.addAttribute("yearId", yearId);
        return "plan/admin/plan-year-form";
    }
}
