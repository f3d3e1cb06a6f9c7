package uk.partnershipplans.portal.refresh.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanYearStages;
import uk.partnershipplans.portal.plan.PlanYearStages.YearStage;
import uk.partnershipplans.portal.refresh.YearPublished;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.SavedBy;

/**
 * Takes a plan year through its life, a signed-off step at a time: each step checks that the year stands where the
 * step starts, records who decided, when and what, and moves the year on. Publishing tells the public pages
 * ({@link YearPublished}) in the same transaction.
 */
@Service
@RequiredArgsConstructor
class Lifecycle {

    private final PlanYearStages stages;
    private final SignOffRepository signOffs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A year with its sign-offs, oldest first, and the steps it may take now. */
    record YearLife(YearStage year, List<SignOff> signOffs, List<Step> nextSteps) {
    }

    @Transactional(readOnly = true)
    YearLife life(Long yearId) {
        YearStage year = year(yearId);
        List<Step> next = Arrays.stream(Step.values()).filter(step -> step.takesFrom(year.status())).toList();
        return new YearLife(year, signOffs.findByPlanYearIdOrderByRecordedAtAscIdAsc(yearId), next);
    }

    @Transactional(readOnly = true)
    YearStage year(Long yearId) {
        return stages.of(yearId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A new form for the step. */
    SignOffForm form(Step step) {
        SignOffForm form = new SignOffForm();
        if (step.adminOnly()) { // an admin records it, most often under delegated powers
            form.setBodyKind(BodyKind.DELEGATED_OFFICER);
        }
        return form;
    }

    /** The step's rules, checked into {@code errors} so that the page shows them with Bean Validation's. */
    @Transactional(readOnly = true)
    void check(Long yearId, Step step, SignOffForm form, Errors errors) {
        YearStage year = year(yearId);
        if (!step.takesFrom(year.status())) {
            errors.reject("refresh.lifecycle.step.not-now", new Object[] {year.label(), status(year)}, null);
        }
        form.getDecidedOn().toDate().ifPresent(day -> {
            if (day.isAfter(LocalDate.now(clock))) {
                errors.rejectValue("decidedOn", "refresh.lifecycle.decided-on.future");
            }
            signOffs.findByPlanYearIdOrderByRecordedAtAscIdAsc(yearId).stream().map(SignOff::getDecidedOn)
                    .max(LocalDate::compareTo).filter(day::isBefore).ifPresent(last -> errors.rejectValue("decidedOn",
                            "refresh.lifecycle.decided-on.before-last", new Object[] {Dates.day(last)}, null));
        });
    }

    /**
     * Records the step and moves the year on; refused when a rule is broken or the year no longer stands where the step
     * starts (another step was taken meanwhile).
     */
    @Transactional
    void take(Long yearId, Step step, SignOffForm form) {
        Errors problems = new BeanPropertyBindingResult(form, "form");
        check(yearId, step, form, problems);
        Refusal.ifAny(problems);
        YearStage year = year(yearId);
        LocalDate decidedOn = form.getDecidedOn().toDate().orElseThrow();
        String bodyName = form.getBodyName().strip();
        boolean approval = step == Step.APPROVE;
        stages.move(yearId, step.to(), approval ? decidedOn : null, approval ? bodyName : null);
        String by = SavedBy.signedIn();
        signOffs.save(new SignOff(yearId, step, year.status(), form.getBodyKind(), bodyName, decidedOn,
                form.getDecision().strip(), by, Instant.now(clock)));
        if (step == Step.PUBLISH) {
            events.publishEvent(new YearPublished(yearId, by));
        }
    }

    private static DefaultMessageSourceResolvable status(YearStage year) {
        return new DefaultMessageSourceResolvable("admin.enum.PlanStatus." + year.status().name());
    }
}
