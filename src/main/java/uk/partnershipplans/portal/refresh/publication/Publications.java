package uk.partnershipplans.portal.refresh.publication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import uk.partnershipplans.portal.governance.EqualityAssessments;
import uk.partnershipplans.portal.governance.PublishedAssessment;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.plan.PublishedPlan;
import uk.partnershipplans.portal.plan.PublishedPlan.ActionTable;
import uk.partnershipplans.portal.plan.PublishedPlan.IndicatorGroup;
import uk.partnershipplans.portal.plan.PublishedPlan.IndicatorTable;
import uk.partnershipplans.portal.plan.PublishedPlans;
import uk.partnershipplans.portal.refresh.YearPublished;
import uk.partnershipplans.portal.shared.AccessiblePdf;
import uk.partnershipplans.portal.shared.AccessibleWord;

/**
 * Makes the public pages of a plan year when it is published, in the publishing transaction: the plan, each priority
 * with its actions and indicators, the summary of actions, the indicator table (approved figures only: the plan holds
 * no other), the equality impact assessments of the year and its plan when there are any, and the published plan as an
 * accessible PDF and a Word document. They are kept as made, so that nothing changed or added afterwards reaches the
 * public; a year published again has its pages made afresh.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class Publications {

    /** The pages' template: one fragment for each kind of page. */
    static final String CONTENT = "refresh/public/content";

    private final PublishedPlans plans;
    private final PlanFacts facts;
    private final EqualityAssessments assessments;
    private final SpringTemplateEngine templates;
    private final MessageSource messages;
    private final PublicYearRepository years;
    private final PublicPageRepository pages;
    private final PublicFileRepository files;
    private final Clock clock;

    /** A priority of the year on its page: its narrative, and its rows of the summary of actions and indicator table. */
    record PriorityPage(PublishedPlan.Priority priority, ActionTable actions, IndicatorTable indicators) {
    }

    @EventListener
    void on(YearPublished published) {
        publish(published.yearId(), published.publishedBy());
    }

    /**
     * Makes (or makes again) the public pages and files of the year as it stands now, published by {@code by} (a
     * username, kept but never shown). Whether the public may read them is the year's status, checked on each request.
     */
    public void publish(Long yearId, String by) {
        PublishedPlan plan = plans.ofYear(yearId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        YearFacts year = facts.year(yearId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<PublishedAssessment> assessed = assessments.publishedWith(plan.year().plan().id(), yearId);
        years.forget(yearId);
        years.saveAndFlush(new PublicYear(yearId, plan.partnershipName(), plan.year().plan().title(),
                plan.year().plan().period(), plan.year().label(), plan.startDate(), clock.instant(), by));

        Map<String, Object> model = new HashMap<>();
        model.put("published", plan);
        model.put("assessments", assessed);
        model.put("publicYear", yearId);
        model.put("pdf", false);
        model.put("tick", "✓");
        List<PublicPage> made = new ArrayList<>();
        made.add(page(yearId, "", made.size(), text("refresh.public.plan.heading", plan.year().plan().title(),
                plan.year().label()), "plan", model));
        for (PublishedPlan.Priority priority : plan.priorities()) {
            model.put("page", priorityPage(plan, year, priority));
            made.add(page(yearId, "priorities/" + priority.id(), made.size(),
                    (priority.number() + " " + priority.title()).strip(), "priority", model));
        }
        model.remove("page");
        made.add(page(yearId, "actions", made.size(), text("report.published.actions", plan.year().label()),
                "actions", model));
        made.add(page(yearId, "indicators", made.size(), text("report.published.indicators", plan.year().label()),
                "indicators", model));
        if (!assessed.isEmpty()) {
            made.add(page(yearId, "equality", made.size(), text("refresh.public.equality.heading"), "equality", model));
        }
        pages.saveAll(made);

        model.put("pdf", true);
        String document = templates.process("report/published-plan-document", new Context(Locale.UK, model));
        String name = plan.filename();
        files.save(new PublicFile(yearId, PublicFile.Kind.PDF, name + ".pdf", AccessiblePdf.of(document)));
        files.save(new PublicFile(yearId, PublicFile.Kind.DOCX, name + ".docx", AccessibleWord.of(document)));
        files.flush();
    }

    private PublicPage page(Long yearId, String address, int position, String title, String fragment,
            Map<String, Object> model) {
        model.put("title", title);
        String content = templates.process(CONTENT, Set.of(fragment), new Context(Locale.UK, model));
        return new PublicPage(yearId, address, position, title, content);
    }

    /** The priority with the rows of the year's tables that its actions and indicators make. */
    static PriorityPage priorityPage(PublishedPlan plan, YearFacts year, PublishedPlan.Priority priority) {
        Set<Long> actions = year.actions().stream().filter(action -> action.priorityIds().contains(priority.id()))
                .map(PlanFacts.ActionFacts::id).collect(Collectors.toSet());
        Set<Long> indicators = year.indicators().stream()
                .filter(indicator -> indicator.measures().stream().anyMatch(m -> m.priorityId().equals(priority.id())))
                .map(PlanFacts.IndicatorFacts::id).collect(Collectors.toSet());
        ActionTable table = plan.actions();
        IndicatorTable indicatorTable = plan.indicators();
        return new PriorityPage(priority,
                new ActionTable(table.columns(), table.ambitions(),
                        table.rows().stream().filter(row -> actions.contains(row.id())).toList()),
                new IndicatorTable(indicatorTable.columns(), indicatorTable.alsoReportedIn(), indicatorTable.groups()
                        .stream().map(group -> new IndicatorGroup(group.kind(), group.rows().stream()
                                .filter(row -> indicators.contains(row.id())).toList()))
                        .filter(group -> !group.rows().isEmpty()).toList()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}
