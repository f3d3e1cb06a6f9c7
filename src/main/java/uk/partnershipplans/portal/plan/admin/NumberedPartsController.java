package uk.partnershipplans.portal.plan.admin;

import static uk.partnershipplans.portal.shared.DeletePage.text;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.Hibernate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.plan.admin.NumberedPart.Place;
import uk.partnershipplans.portal.plan.model.OperationalObjective;
import uk.partnershipplans.portal.plan.model.PlanPart;
import uk.partnershipplans.portal.plan.model.StrategicObjective;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;

/**
 * Admins add, change and delete the numbered parts listed on a plan's admin page (key themes, cross-cutting principles,
 * strategic objectives and the operational objectives under them), one set of pages for every kind: the kind is the
 * {@code part} segment of the address, such as /admin/themes/7/edit or /admin/plans/3/themes/new.
 */
@Controller
class NumberedPartsController {

    /** Every kind's URL segment, so that other addresses under /admin are not taken for parts. */
    static final String PARTS = "plan-sections|themes|principles|strategic-objectives|operational-objectives";

    /** What new parts are added under: a plan, or a part of the kind above. */
    static final String PARENTS = "plans|strategic-objectives";

    private static final String PART = "/admin/{part:" + PARTS + "}/{id}";
    private static final String NEW = "/admin/{parents:" + PARENTS + "}/{parentId}/{part:" + PARTS + "}/new";
    private static final String FORM = "plan/admin/numbered-form";

    private final NumberedParts parts;
    private final MessageSource messages;
    private final ChangeHistory history;

    /** Refuses to start when a kind has no pages: its segment, or its parent's, is missing from the patterns. */
    NumberedPartsController(NumberedParts parts, MessageSource messages, ChangeHistory history) {
        this.parts = parts;
        this.messages = messages;
        this.history = history;
        for (NumberedPart<?, ?> kind : parts.kinds()) {
            if (!Pattern.matches(PARTS, kind.getSegment()) || !Pattern.matches(PARENTS, kind.getParentSegment())) {
                throw new IllegalStateException("Add " + kind.getSegment() + " to the addresses of " + getClass().getSimpleName());
            }
        }
    }

    /** An empty form of the kind's own class, for the request to fill in (Spring cannot make one of an interface). */
    @ModelAttribute("form")
    PartForm blankForm(@PathVariable String part) {
        return parts.kind(part).blankForm();
    }

    @GetMapping(NEW)
    String newPart(@PathVariable String parents, @PathVariable Long parentId, @PathVariable String part, Model model) {
        NumberedPart<?, ?> kind = kind(parents, part);
        Place place = parts.place(kind, parentId);
        model.addAttribute("form", kind.newForm(place));
        return form(kind, place, newAction(kind, parentId), model);
    }

    @PostMapping(NEW)
    String create(@PathVariable String parents, @PathVariable Long parentId, @PathVariable String part,
            @Valid @ModelAttribute("form") PartForm form, BindingResult errors, Model model) {
        NumberedPart<?, ?> kind = kind(parents, part);
        Place place = parts.place(kind, parentId);
        return Forms.save(errors, model, () -> parts.create(kind, parentId, form), () -> form)
                .map(id -> "redirect:" + backTo(kind, place))
                .orElseGet(() -> form(kind, place, newAction(kind, parentId), model));
    }

    @GetMapping(PART + "/edit")
    String edit(@PathVariable String part, @PathVariable Long id, Model model) {
        NumberedPart<?, ?> kind = parts.kind(part);
        model.addAttribute("form", parts.form(kind, id));
        return form(kind, parts.placeOf(kind, id), editAction(kind, id), model);
    }

    @PostMapping(PART + "/edit")
    String update(@PathVariable String part, @PathVariable Long id, @Valid @ModelAttribute("form") PartForm form,
            BindingResult errors, Model model) {
        NumberedPart<?, ?> kind = parts.kind(part);
        Place place = parts.placeOf(kind, id);
        return Forms.save(errors, model, () -> {
            parts.update(kind, id, form);
            return id;
        }, () -> parts.form(kind, id)).map(saved -> "redirect:" + backTo(kind, place))
                .orElseGet(() -> form(kind, place, editAction(kind, id), model));
    }

    /** The part's history of changes; a strategic objective's takes in the operational objectives under it. */
    @GetMapping(PART + "/history")
    String history(@PathVariable String part, @PathVariable Long id, @RequestParam(defaultValue = "1") int page,
            Model model) {
        NumberedPart<?, ?> kind = parts.kind(part);
        PlanPart found = parts.part(kind, id);
        List<Track> tracks = new ArrayList<>(List.of(Track.of(Hibernate.getClass(found), id)));
        if (found instanceof StrategicObjective) {
            tracks.add(Track.related(OperationalObjective.class, "strategicObjective", id,
                    "history.OperationalObjective.subject", "number"));
        }
        model.addAttribute("page", new HistoryPage(found.getPlan().getTitle(), found.numberText() + " " + found.getTitle(),
                backTo(kind, parts.placeOf(kind, id)), "/admin/" + part + "/" + id + "/history",
                history.read(tracks, Math.max(page, 1) - 1)));
        return "admin/history";
    }

    @GetMapping(PART + "/delete")
    String confirmDelete(@PathVariable String part, @PathVariable Long id, Model model) {
        NumberedPart<?, ?> kind = parts.kind(part);
        return Deletions.confirm(model, messages, deletePage(kind, id), parts.deletionRefusal(kind, id));
    }

    @PostMapping(PART + "/delete")
    String delete(@PathVariable String part, @PathVariable Long id, @RequestParam long version, Model model) {
        NumberedPart<?, ?> kind = parts.kind(part);
        Place place = parts.placeOf(kind, id);
        return Deletions.delete(model, messages, () -> deletePage(kind, id), () -> parts.delete(kind, id, version),
                backTo(kind, place));
    }

    /** The kind, provided new parts of it go under what the address says. */
    private NumberedPart<?, ?> kind(String parents, String part) {
        NumberedPart<?, ?> kind = parts.kind(part);
        if (!kind.getParentSegment().equals(parents)) {
            throw PlanAdmin.notFound();
        }
        return kind;
    }

    private DeletePage deletePage(NumberedPart<?, ?> kind, Long id) {
        PlanPart found = parts.part(kind, id);
        return DeletePage.confirm(text("admin." + kind.getKey() + ".thing", found.numberText(), found.getTitle()),
                "/admin/" + kind.getSegment() + "/" + id + "/delete", "/admin/plans/" + found.getPlan().getId(),
                found.getVersion(), kind.deleteConsequence());
    }

    private String form(NumberedPart<?, ?> kind, Place place, String action, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("plan", place.plan());
        model.addAttribute("parent", place.parent());
        model.addAttribute("action", action);
        return FORM;
    }

    private static String newAction(NumberedPart<?, ?> kind, Long parentId) {
        return "/admin/" + kind.getParentSegment() + "/" + parentId + "/" + kind.getSegment() + "/new";
    }

    private static String editAction(NumberedPart<?, ?> kind, Long id) {
        return "/admin/" + kind.getSegment() + "/" + id + "/edit";
    }

    /** The plan's admin page, at the section that lists the kind. */
    private static String backTo(NumberedPart<?, ?> kind, Place place) {
        return "/admin/plans/" + place.plan().getId() + "#" + kind.getSection();
    }
}
