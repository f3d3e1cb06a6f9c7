package uk.partnershipplans.portal.plan.edit;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.PriorityLink;
import uk.partnershipplans.portal.plan.model.PrioritySection;
import uk.partnershipplans.portal.plan.read.PriorityPage;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.SavedVersion;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.WebAddress;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for editing a priority: its number is unique in its plan year, every section has a heading and text, every
 * link a title and a web address that is http or https; a save made on an out-of-date form is refused.
 */
@Service
@RequiredArgsConstructor
class PriorityEditService {

    static final int HEADING_MAX = 300;
    static final int BODY_MAX = 20_000;
    static final int LINK_TITLE_MAX = 500;
    static final int URL_MAX = 500;

    /** What the edit page shows around the form: where the priority sits, and its milestones. */
    record PriorityPage(Long id, String number, String title, Long yearId, String yearLabel, String planTitle,
            List<MilestoneLine> milestones) {
    }

    record MilestoneLine(Long id, String text, String dueWording, boolean done) {
    }

    private final PlanEditQueries queries;
    private final EditLocks locks;

    @Transactional(readOnly = true)
    PriorityPage page(Long priorityId) {
        Priority priority = find(priorityId);
        PlanYear year = priority.getPlanYear();
        List<MilestoneLine> milestones = queries.milestonesOfPriority(priorityId).stream()
                .map(m -> new MilestoneLine(m.getId(), m.getText(), m.getDueWording(), m.getCompletedOn() != null))
                .toList();
        return new PriorityPage(priority.getId(), priority.getNumber(), priority.getTitle(), year.getId(), year.getLabel(),
                year.getPlan().getTitle(), milestones);
    }

    /** The form filled with the priority as saved. */
    @Transactional(readOnly = true)
    PriorityForm form(Long priorityId) {
        Priority priority = find(priorityId);
        PriorityForm form = new PriorityForm();
        form.setVersion(priority.getVersion());
        form.setNumber(priority.getNumber());
        form.setTitle(priority.getTitle());
        form.setLeadResponsibility(priority.getLeadResponsibility());
        priority.getSections().forEach(s -> form.getSections().add(new PriorityForm.Section(s.getId(), s.getHeading(), s.getBody())));
        priority.getLinks().forEach(l -> form.getLinks().add(new PriorityForm.Link(l.getTitle(), l.getUrl())));
        return form;
    }

    /** The form as saved, with who saved it last and when, for showing beside a form refused as out of date. */
    @Transactional(readOnly = true)
    SavedVersion saved(Long priorityId) {
        return SavedVersion.of(form(priorityId), find(priorityId).lastSaved());
    }

    /** The rules that need no transaction: every section has a heading and text, every link a title and an address. */
    void check(PriorityForm form, Errors errors) {
        checkSections(form, errors);
        checkLinks(form, errors);
    }

    /**
     * Saves the form over the priority, with its sections in the form's order: sections the form no longer has are
     * deleted, new ones added. Links with neither title nor address are left out. Refused ({@link Refusal}) when a rule
     * is broken or the number is taken, and ({@link StaleEdit}) when someone else saved the priority since the form was
     * opened.
     */
    @Transactional
    void save(Long priorityId, PriorityForm form) {
        Errors problems = new BeanPropertyBindingResult(form, "form");
        check(form, problems);
        Refusal.ifAny(problems);
        Priority priority = find(priorityId);
        priority.getPlanYear().refuseChanges();
        String number = form.getNumber().strip();
        Writes.flushed(() -> {
            locks.lockForEdit(priority, form.getVersion(), priority.getVersion());
            priority.revise(number, form.getTitle().strip(), Forms.optional(form.getLeadResponsibility()),
                    priority.getOperationalObjective());
            replaceSections(priority, form.getSections());
            replaceLinks(priority, form.getLinks());
            queries.flush();
        }, Map.of("uk_priority_number", new Refusal.Problem("number", "edit.priority.number.taken", number,
                priority.getPlanYear().getLabel())));
    }

    private void checkSections(PriorityForm form, Errors errors) {
        List<PriorityForm.Section> sections = form.getSections();
        for (int i = 0; i < sections.size(); i++) {
            PriorityForm.Section section = sections.get(i);
            Object[] number = {i + 1};
            String field = "sections[" + i + "].";
            if (Forms.isBlank(section.getHeading())) {
                errors.rejectValue(field + "heading", "edit.section.heading.required", number, null);
            } else if (section.getHeading().strip().length() > HEADING_MAX) {
                errors.rejectValue(field + "heading", "edit.section.heading.size", new Object[] {i + 1, HEADING_MAX}, null);
            }
            if (Forms.isBlank(section.getBody())) {
                errors.rejectValue(field + "body", "edit.section.body.required", number, null);
            } else if (Forms.optional(section.getBody()).length() > BODY_MAX) {
                errors.rejectValue(field + "body", "edit.section.body.size", new Object[] {i + 1, "20,000"}, null);
            }
        }
    }

    private void checkLinks(PriorityForm form, Errors errors) {
        List<PriorityForm.Link> links = form.getLinks();
        for (int i = 0; i < links.size(); i++) {
            PriorityForm.Link link = links.get(i);
            if (Forms.isBlank(link.getTitle()) && Forms.isBlank(link.getUrl())) {
                continue;
            }
            Object[] number = {i + 1};
            String field = "links[" + i + "].";
            if (Forms.isBlank(link.getTitle())) {
                errors.rejectValue(field + "title", "edit.link.title.required", number, null);
            } else if (link.getTitle().strip().length() > LINK_TITLE_MAX) {
                errors.rejectValue(field + "title", "edit.link.title.size", new Object[] {i + 1, LINK_TITLE_MAX}, null);
            }
            if (!Forms.isBlank(link.getUrl())) {
                if (link.getUrl().strip().length() > URL_MAX) {
                    errors.rejectValue(field + "url", "edit.link.url.size", new Object[] {i + 1, URL_MAX}, null);
                } else if (!WebAddress.Rule.isValid(link.getUrl())) {
                    errors.rejectValue(field + "url", "edit.link.url.invalid", number, null);
                }
            }
        }
    }

    /**
     * Positions are unique per priority in the database, and a database checks each row as it is updated, so sections
     * that move first step aside to negative positions, then take their new places.
     */
    private void replaceSections(Priority priority, List<PriorityForm.Section> typed) {
        Map<Long, PrioritySection> saved = new HashMap<>();
        priority.getSections().forEach(section -> saved.put(section.getId(), section));
        Map<PriorityForm.Section, PrioritySection> kept = new IdentityHashMap<>();
        for (PriorityForm.Section section : typed) {
            PrioritySection existing = section.getId() == null ? null : saved.remove(section.getId());
            if (existing != null) {
                existing.rewrite(section.getHeading().strip(), Forms.optional(section.getBody()));
                kept.put(section, existing);
            }
        }
        priority.getSections().removeAll(saved.values());
        int aside = 0;
        for (PrioritySection section : kept.values()) {
            section.moveTo(--aside);
        }
        queries.flush();
        int position = 1;
        for (PriorityForm.Section section : typed) {
            PrioritySection existing = kept.get(section);
            if (existing != null) {
                existing.moveTo(position++);
            } else {
                priority.getSections().add(new PrioritySection(priority, position++, section.getHeading().strip(),
                        Forms.optional(section.getBody())));
            }
        }
    }

    /** Links have no identity worth keeping: the saved list is replaced by the typed one. */
    private void replaceLinks(Priority priority, List<PriorityForm.Link> typed) {
        priority.getLinks().clear();
        queries.flush();
        for (PriorityForm.Link link : typed) {
            if (Forms.isBlank(link.getTitle()) && Forms.isBlank(link.getUrl())) {
                continue;
            }
            priority.getLinks().add(new PriorityLink(priority, priority.getLinks().size() + 1, link.getTitle().strip(),
                    Forms.optional(link.getUrl())));
        }
    }

    private Priority find(Long priorityId) {
        return queries.priority(priorityId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
