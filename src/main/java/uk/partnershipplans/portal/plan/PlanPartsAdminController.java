package uk.partnershipplans.portal.plan;

import static uk.partnershipplans.portal.system.DeletePage.text;

import jakarta.validation.Valid;
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
import uk.partnershipplans.portal.system.DeletePage;
import uk.partnershipplans.portal.system.Deletions;
import uk.partnershipplans.portal.system.Forms;

/**
 * Admins keep the parts of a plan listed on its admin page: key themes, cross-cutting principles, and strategic
 * objectives with their numbered operational objectives.
 */
@Controller
@RequiredArgsConstructor
class PlanPartsAdminController {

    private static final String NUMBERED_FORM = "admin/plan/numbered-form";
    private static final String OBJECTIVE_FORM = "admin/plan/objective-form";

    private final PlanAdmin admin;
    private final MessageSource messages;

    // Key themes

    @GetMapping("/admin/plans/{planId}/themes/new")
    String newTheme(@PathVariable Long planId, Model model) {
        model.addAttribute("form", new NumberedForm());
        return numberedForm("theme", planId, "/admin/plans/" + planId + "/themes/new", model);
    }

    @PostMapping("/admin/plans/{planId}/themes/new")
    String createTheme(@PathVariable Long planId, @Valid @ModelAttribute("form") NumberedForm form, BindingResult errors,
            Model model) {
        return Forms.save(errors, model, () -> admin.createTheme(planId, form), () -> form)
                .map(id -> backTo(planId, "themes"))
                .orElseGet(() -> numberedForm("theme", planId, "/admin/plans/" + planId + "/themes/new", model));
    }

    @GetMapping("/admin/themes/{id}/edit")
    String editTheme(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.themeForm(id));
        return numberedForm("theme", admin.theme(id).getPlan().getId(), "/admin/themes/" + id + "/edit", model);
    }

    @PostMapping("/admin/themes/{id}/edit")
    String updateTheme(@PathVariable Long id, @Valid @ModelAttribute("form") NumberedForm form, BindingResult errors,
            Model model) {
        Long planId = admin.theme(id).getPlan().getId();
        return Forms.save(errors, model, () -> {
            admin.updateTheme(id, form);
            return id;
        }, () -> admin.themeForm(id)).map(saved -> backTo(planId, "themes"))
                .orElseGet(() -> numberedForm("theme", planId, "/admin/themes/" + id + "/edit", model));
    }

    @GetMapping("/admin/themes/{id}/delete")
    String confirmDeleteTheme(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, themeDeletePage(id), Optional.empty());
    }

    @PostMapping("/admin/themes/{id}/delete")
    String deleteTheme(@PathVariable Long id, @RequestParam long version, Model model) {
        Long planId = admin.theme(id).getPlan().getId();
        return Deletions.delete(model, messages, () -> themeDeletePage(id), () -> admin.deleteTheme(id, version),
                backTo(planId, "themes").substring("redirect:".length()));
    }

    private DeletePage themeDeletePage(Long id) {
        KeyTheme theme = admin.theme(id);
        return DeletePage.confirm(text("admin.theme.thing", String.valueOf(theme.getNumber()), theme.getTitle()),
                "/admin/themes/" + id + "/delete", "/admin/plans/" + theme.getPlan().getId(), theme.getVersion(), null);
    }

    // Cross-cutting principles

    @GetMapping("/admin/plans/{planId}/principles/new")
    String newPrinciple(@PathVariable Long planId, Model model) {
        model.addAttribute("form", new NumberedForm());
        return numberedForm("principle", planId, "/admin/plans/" + planId + "/principles/new", model);
    }

    @PostMapping("/admin/plans/{planId}/principles/new")
    String createPrinciple(@PathVariable Long planId, @Valid @ModelAttribute("form") NumberedForm form,
            BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.createPrinciple(planId, form), () -> form)
                .map(id -> backTo(planId, "principles"))
                .orElseGet(() -> numberedForm("principle", planId, "/admin/plans/" + planId + "/principles/new", model));
    }

    @GetMapping("/admin/principles/{id}/edit")
    String editPrinciple(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.principleForm(id));
        return numberedForm("principle", admin.principle(id).getPlan().getId(), "/admin/principles/" + id + "/edit", model);
    }

    @PostMapping("/admin/principles/{id}/edit")
    String updatePrinciple(@PathVariable Long id, @Valid @ModelAttribute("form") NumberedForm form, BindingResult errors,
            Model model) {
        Long planId = admin.principle(id).getPlan().getId();
        return Forms.save(errors, model, () -> {
            admin.updatePrinciple(id, form);
            return id;
        }, () -> admin.principleForm(id)).map(saved -> backTo(planId, "principles"))
                .orElseGet(() -> numberedForm("principle", planId, "/admin/principles/" + id + "/edit", model));
    }

    @GetMapping("/admin/principles/{id}/delete")
    String confirmDeletePrinciple(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, principleDeletePage(id), Optional.empty());
    }

    @PostMapping("/admin/principles/{id}/delete")
    String deletePrinciple(@PathVariable Long id, @RequestParam long version, Model model) {
        Long planId = admin.principle(id).getPlan().getId();
        return Deletions.delete(model, messages, () -> principleDeletePage(id), () -> admin.deletePrinciple(id, version),
                backTo(planId, "principles").substring("redirect:".length()));
    }

    private DeletePage principleDeletePage(Long id) {
        Principle principle = admin.principle(id);
        return DeletePage.confirm(text("admin.principle.thing", String.valueOf(principle.getNumber()), principle.getTitle()),
                "/admin/principles/" + id + "/delete", "/admin/plans/" + principle.getPlan().getId(), principle.getVersion(), null);
    }

    private String numberedForm(String kind, Long planId, String action, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("plan", admin.plan(planId));
        model.addAttribute("action", action);
        return NUMBERED_FORM;
    }

    // Strategic objectives

    @GetMapping("/admin/plans/{planId}/strategic-objectives/new")
    String newStrategicObjective(@PathVariable Long planId, Model model) {
        model.addAttribute("form", new ObjectiveForm());
        return objectiveForm("strategic-objective", planId, null, "/admin/plans/" + planId + "/strategic-objectives/new", model);
    }

    @PostMapping("/admin/plans/{planId}/strategic-objectives/new")
    String createStrategicObjective(@PathVariable Long planId, @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.createStrategicObjective(planId, form), () -> form)
                .map(id -> backTo(planId, "objectives"))
                .orElseGet(() -> objectiveForm("strategic-objective", planId, null,
                        "/admin/plans/" + planId + "/strategic-objectives/new", model));
    }

    @GetMapping("/admin/strategic-objectives/{id}/edit")
    String editStrategicObjective(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.strategicObjectiveForm(id));
        return objectiveForm("strategic-objective", admin.strategicObjective(id).getPlan().getId(), null,
                "/admin/strategic-objectives/" + id + "/edit", model);
    }

    @PostMapping("/admin/strategic-objectives/{id}/edit")
    String updateStrategicObjective(@PathVariable Long id, @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors, Model model) {
        Long planId = admin.strategicObjective(id).getPlan().getId();
        return Forms.save(errors, model, () -> {
            admin.updateStrategicObjective(id, form);
            return id;
        }, () -> admin.strategicObjectiveForm(id)).map(saved -> backTo(planId, "objectives"))
                .orElseGet(() -> objectiveForm("strategic-objective", planId, null,
                        "/admin/strategic-objectives/" + id + "/edit", model));
    }

    @GetMapping("/admin/strategic-objectives/{id}/delete")
    String confirmDeleteStrategicObjective(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, strategicDeletePage(id), admin.strategicObjectiveDeletionRefusal(id));
    }

    @PostMapping("/admin/strategic-objectives/{id}/delete")
    String deleteStrategicObjective(@PathVariable Long id, @RequestParam long version, Model model) {
        Long planId = admin.strategicObjective(id).getPlan().getId();
        return Deletions.delete(model, messages, () -> strategicDeletePage(id),
                () -> admin.deleteStrategicObjective(id, version), backTo(planId, "objectives").substring("redirect:".length()));
    }

    private DeletePage strategicDeletePage(Long id) {
        StrategicObjective objective = admin.strategicObjective(id);
        return DeletePage.confirm(text("admin.strategic-objective.thing", objective.getNumber(), objective.getTitle()),
                "/admin/strategic-objectives/" + id + "/delete", "/admin/plans/" + objective.getPlan().getId(),
                objective.getVersion(), text("admin.strategic-objective.delete.consequence"));
    }

    // Operational objectives

    @GetMapping("/admin/strategic-objectives/{parentId}/operational-objectives/new")
    String newOperationalObjective(@PathVariable Long parentId, Model model) {
        StrategicObjective parent = admin.strategicObjective(parentId);
        ObjectiveForm form = new ObjectiveForm();
        form.setNumber(parent.getNumber() + ".");
        model.addAttribute("form", form);
        return objectiveForm("operational-objective", parent.getPlan().getId(), parent,
                "/admin/strategic-objectives/" + parentId + "/operational-objectives/new", model);
    }

    @PostMapping("/admin/strategic-objectives/{parentId}/operational-objectives/new")
    String createOperationalObjective(@PathVariable Long parentId, @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors, Model model) {
        StrategicObjective parent = admin.strategicObjective(parentId);
        Long planId = parent.getPlan().getId();
        return Forms.save(errors, model, () -> admin.createOperationalObjective(parentId, form), () -> form)
                .map(id -> backTo(planId, "objectives"))
                .orElseGet(() -> objectiveForm("operational-objective", planId, parent,
                        "/admin/strategic-objectives/" + parentId + "/operational-objectives/new", model));
    }

    @GetMapping("/admin/operational-objectives/{id}/edit")
    String editOperationalObjective(@PathVariable Long id, Model model) {
        OperationalObjective objective = admin.operationalObjective(id);
        model.addAttribute("form", admin.operationalObjectiveForm(id));
        return objectiveForm("operational-objective", objective.getStrategicObjective().getPlan().getId(),
                objective.getStrategicObjective(), "/admin/operational-objectives/" + id + "/edit", model);
    }

    @PostMapping("/admin/operational-objectives/{id}/edit")
    String updateOperationalObjective(@PathVariable Long id, @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors, Model model) {
        OperationalObjective objective = admin.operationalObjective(id);
        Long planId = objective.getStrategicObjective().getPlan().getId();
        return Forms.save(errors, model, () -> {
            admin.updateOperationalObjective(id, form);
            return id;
        }, () -> admin.operationalObjectiveForm(id)).map(saved -> backTo(planId, "objectives"))
                .orElseGet(() -> objectiveForm("operational-objective", planId, objective.getStrategicObjective(),
                        "/admin/operational-objectives/" + id + "/edit", model));
    }

    @GetMapping("/admin/operational-objectives/{id}/delete")
    String confirmDeleteOperationalObjective(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, operationalDeletePage(id), admin.operationalObjectiveDeletionRefusal(id));
    }

    @PostMapping("/admin/operational-objectives/{id}/delete")
    String deleteOperationalObjective(@PathVariable Long id, @RequestParam long version, Model model) {
        Long planId = admin.operationalObjective(id).getStrategicObjective().getPlan().getId();
        return Deletions.delete(model, messages, () -> operationalDeletePage(id),
                () -> admin.deleteOperationalObjective(id, version), backTo(planId, "objectives").substring("redirect:".length()));
    }

    private DeletePage operationalDeletePage(Long id) {
        OperationalObjective objective = admin.operationalObjective(id);
        return DeletePage.confirm(text("admin.operational-objective.thing", objective.getNumber(), objective.getTitle()),
                "/admin/operational-objectives/" + id + "/delete",
                "/admin/plans/" + objective.getStrategicObjective().getPlan().getId(), objective.getVersion(), null);
    }

    private String objectiveForm(String kind, Long planId, StrategicObjective parent, String action, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("plan", admin.plan(planId));
        model.addAttribute("parent", parent);
        model.addAttribute("action", action);
        return OBJECTIVE_FORM;
    }

    private static String backTo(Long planId, String section) {
        return "redirect:/admin/plans/" + planId + "#" + section;
    }
}
