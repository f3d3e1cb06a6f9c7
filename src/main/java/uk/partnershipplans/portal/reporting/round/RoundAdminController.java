package uk.partnershipplans.portal.reporting.round;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.reporting.reminder.Reminders;
import uk.partnershipplans.portal.reporting.update.UpdateState;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.KeptContent;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;

/** Admins run reporting rounds: open one for a plan year, choose its items and who updates them, track it, close it. */
@Controller
@RequestMapping("/admin/rounds")
@RequiredArgsConstructor
class RoundAdminController {

    private static final String LIST = "/admin/rounds";

    private final RoundAdmin admin;
    private final Reminders reminders;
    private final MessageSource messages;
    private final ChangeHistory history;
    private final KeptContent kept;

    /** A large plan year has hundreds of actions and indicators: more rows than Spring binds to a list by default. */
    @InitBinder("form")
    void allowEveryItem(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(10_000);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", admin.rows());
        return "reporting/rounds-list";
    }

    @GetMapping("/new")
    String newRound(Model model) {
        model.addAttribute("form", new RoundForm());
        return showForm(null, model);
    }

    @PostMapping("/new")
    String open(@Valid @ModelAttribute("form") RoundForm form, BindingResult errors, Model model) {
        alsoShowRuleProblems(form, true, errors);
        return Forms.save(errors, model, () -> admin.open(form), () -> form)
                .map(id -> "redirect:" + LIST + "/" + id + "/items")
                .orElseGet(() -> showForm(null, model));
    }

    @GetMapping("/{id}")
    String tracker(@PathVariable Long id, @RequestParam(required = false) UpdateState state, Model model,
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        return kept.personalPage("reporting/rounds-tracker", model, request, response, authentication, () -> {
            model.addAttribute("tracker", admin.tracker(id, state));
            model.addAttribute("states", UpdateState.values());
        });
    }

    /** The round's history of changes: its name and dates, opening and closing. */
    @GetMapping("/{id}/history")
    String history(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        ReportingRound round = admin.round(id);
        String path = LIST + "/" + id;
        model.addAttribute("page", new HistoryPage(admin.yearName(round.getPlanYearId()), round.getName(), path,
                path + "/history", history.read(List.of(Track.of(ReportingRound.class, id)), Math.max(page, 1) - 1)));
        return "admin/history";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        if (!admin.round(id).isOpen()) {
            return "redirect:" + LIST + "/" + id;
        }
        model.addAttribute("form", admin.form(id));
        return showForm(id, model);
    }

    @PostMapping("/{id}/edit")
    String revise(@PathVariable Long id, @Valid @ModelAttribute("form") RoundForm form, BindingResult errors, Model model) {
        alsoShowRuleProblems(form, false, errors);
        return Forms.save(errors, model, () -> {
            admin.revise(id, form);
            return id;
        }, () -> admin.form(id)).map(saved -> "redirect:" + LIST + "/" + id).orElseGet(() -> showForm(id, model));
    }

    @GetMapping("/{id}/items")
    String items(@PathVariable Long id, Model model) {
        if (!admin.round(id).isOpen()) {
            return "redirect:" + LIST + "/" + id;
        }
        model.addAttribute("form", admin.itemsForm(id));
        return showItems(id, model);
    }

    @PostMapping("/{id}/items")
    String saveItems(@PathVariable Long id, @ModelAttribute("form") ItemsForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.saveItems(id, form);
            return id;
        }, () -> admin.itemsForm(id)).map(saved -> "redirect:" + LIST + "/" + id).orElseGet(() -> showItems(id, model));
    }

    @GetMapping("/{id}/close")
    String confirmClose(@PathVariable Long id, Model model) {
        ReportingRound round = admin.round(id);
        if (!round.isOpen()) {
            return "redirect:" + LIST + "/" + id;
        }
        return showClose(round, false, model);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, @RequestParam long version, Model model) {
        try {
            admin.close(id, version);
            return "redirect:" + LIST;
        } catch (StaleEdit stale) {
            return showClose(admin.round(id), true, model);
        }
    }

    /** The confirmation, saying how many updates closing the round leaves unapproved, and in which states. */
    private String showClose(ReportingRound round, boolean stale, Model model) {
        Map<UpdateState, Long> counts = admin.countsByState(round.getId());
        model.addAttribute("round", round);
        model.addAttribute("stale", stale);
        model.addAttribute("counts", counts);
        model.addAttribute("unapproved", counts.entrySet().stream().filter(e -> e.getKey() != UpdateState.APPROVED)
                .mapToLong(Map.Entry::getValue).sum());
        return "reporting/rounds-close";
    }

    @PostMapping("/{id}/reminders")
    String sendReminders(@PathVariable Long id, RedirectAttributes redirect) {
        admin.round(id);
        int sent = reminders.sendDue();
        redirect.addFlashAttribute("savedMessage",
                messages.getMessage("rounds.reminders.sent", new Object[] {sent}, Locale.UK));
        return "redirect:" + LIST + "/" + id;
    }

    /** With errors Bean Validation found, the service is not called: list the year and date problems too. */
    private void alsoShowRuleProblems(RoundForm form, boolean opening, BindingResult errors) {
        if (errors.hasErrors()) {
            new Refusal(admin.problems(form, opening)).applyTo(errors);
        }
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("roundId", id);
        if (id == null) {
            model.addAttribute("yearOptions", admin.years().stream()
                    .map(y -> new Option(String.valueOf(y.id()), y.name())).toList());
            model.addAttribute("pastDeadlineOptions", List.of(new Option("true",
                    messages.getMessage("rounds.deadline.passed.confirm", null, Locale.UK))));
        } else {
            model.addAttribute("yearName", admin.yearName(admin.round(id).getPlanYearId()));
        }
        return "reporting/rounds-form";
    }

    private String showItems(Long id, Model model) {
        ReportingRound round = admin.round(id);
        model.addAttribute("round", round);
        model.addAttribute("subjects", admin.subjects(id));
        model.addAttribute("priorities", admin.priorities(id));
        List<Option> accounts = admin.updaters(id).stream()
                .map(a -> new Option(String.valueOf(a.id()), a.displayName())).toList();
        model.addAttribute("accountOptions", accounts);
        return "reporting/rounds-items";
    }
}
