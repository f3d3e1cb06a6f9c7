package uk.partnershipplans.portal.account;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.partnershipplans.portal.account.AccountAdmin.GivenPassword;
import uk.partnershipplans.portal.account.AccountAdmin.Search;
import uk.partnershipplans.portal.account.AccountAdmin.Status;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.SavedVersion;
import uk.partnershipplans.portal.shared.StaleEdit;

/**
 * Admins keep the accounts: list with search and filters, create, change, deactivate, reactivate and unlock (after a
 * confirmation), and reset a password. A password the portal makes up is shown once, on the page after the save.
 */
@Controller
@RequestMapping("/admin/accounts")
@RequiredArgsConstructor
class AccountAdminController {

    private static final String LIST = "/admin/accounts";

    /** Flash attributes of the page that shows a given password once. */
    private static final String GIVEN = "givenPassword";
    private static final String GIVEN_ON = "givenOn";

    private final AccountAdmin admin;
    private final PartnerDirectory directory;
    private final MessageSource messages;
    private final ChangeHistory history;

    @GetMapping
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) String role,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page, Model model) {
        Search search = new Search(name == null ? "" : name.strip(), parse(Role.class, role),
                Objects.requireNonNullElse(parse(Status.class, status), Status.ALL));
        model.addAttribute("accounts", admin.page(search, Math.max(page, 1) - 1));
        model.addAttribute("search", search);
        model.addAttribute("roles", roleOptions());
        model.addAttribute("base", address(search));
        return "account/admin/accounts";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("view", admin.view(id));
        return "account/admin/account";
    }

    /** The account's changes, with those of the person it belongs to (job title, organisation). */
    @GetMapping("/{id}/history")
    String history(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        Account account = admin.view(id).account();
        List<Track> tracks = new ArrayList<>(List.of(Track.of(Account.class, id)));
        if (account.getPersonId() != null) {
            tracks.add(directory.personHistory(account.getPersonId()));
        }
        String path = LIST + "/" + id;
        model.addAttribute("page", new HistoryPage(messages.getMessage("account.caption", null, LocaleContextHolder.getLocale()),
                account.getDisplayName(), path, path + "/history", history.read(tracks, Math.max(page, 1) - 1)));
        return "admin/history";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("form", new NewAccountForm());
        return showNewForm(model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        admin.problemsOf(form).forEach(Refusal.into(errors));
        Optional<GivenPassword> created = Forms.save(errors, model, () -> admin.create(form), () -> form);
        form.setPassword(null);
        return created.map(given -> showGiven(given, "created", redirect)).orElseGet(() -> showNewForm(model));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.form(id));
        return showForm(id, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
            Model model) {
        admin.problemsOf(id, form).forEach(Refusal.into(errors));
        return Forms.save(errors, model, () -> {
            admin.update(id, form);
            return id;
        }, () -> SavedVersion.of(admin.form(id), history.lastSaved(Account.class, id)))
                .map(saved -> "redirect:" + LIST + "/" + id).orElseGet(() -> showForm(id, model));
    }

    @GetMapping("/{id}/deactivate")
    String confirmDeactivate(@PathVariable Long id, Authentication authentication, Model model) {
        return showStatusPage(id, "deactivate", admin.deactivationRefusal(id, authentication.getName()), false, model);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable Long id, @RequestParam long version, Authentication authentication, Model model) {
        return changeStatus(id, "deactivate", () -> admin.deactivate(id, version, authentication.getName()), model);
    }

    @GetMapping("/{id}/reactivate")
    String confirmReactivate(@PathVariable Long id, Model model) {
        return showStatusPage(id, "reactivate", Optional.empty(), false, model);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable Long id, @RequestParam long version, Model model) {
        return changeStatus(id, "reactivate", () -> admin.reactivate(id, version), model);
    }

    /** The confirmation before unlocking an account; an account that is not locked has nothing to unlock. */
    @GetMapping("/{id}/unlock")
    String confirmUnlock(@PathVariable Long id, Model model) {
        if (!admin.view(id).locked()) {
            return "redirect:" + LIST + "/" + id;
        }
        return showStatusPage(id, "unlock", Optional.empty(), false, model);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, @RequestParam long version, Model model) {
        return changeStatus(id, "unlock", () -> admin.unlock(id, version), model);
    }

    @GetMapping("/{id}/reset-password")
    String resetForm(@PathVariable Long id, Model model) {
        model.addAttribute("form", new ResetPasswordForm());
        return showResetForm(id, model);
    }

    @PostMapping("/{id}/reset-password")
    String reset(@PathVariable Long id, @ModelAttribute("form") ResetPasswordForm form, BindingResult errors,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        Optional<GivenPassword> given = Forms.save(errors, model,
                () -> admin.resetPassword(id, form, authentication.getName()), ResetPasswordForm::new);
        form.setPassword(null);
        return given.map(password -> showGiven(password, "reset", redirect)).orElseGet(() -> showResetForm(id, model));
    }

    /**
     * The page after a password was given, reached once by the redirect after the save: it shows the password the
     * portal made up. Opened again (reloaded, or from the history), it has nothing to show and leads to the account.
     */
    @GetMapping("/{id}/password-given")
    String given(@PathVariable Long id, Model model) {
        if (!model.containsAttribute(GIVEN_ON)) {
            return "redirect:" + LIST + "/" + id;
        }
        model.addAttribute("view", admin.view(id));
        return "account/admin/password-given";
    }

    private String showGiven(GivenPassword given, String on, RedirectAttributes redirect) {
        redirect.addFlashAttribute(GIVEN_ON, on);
        redirect.addFlashAttribute(GIVEN, given.oneTimePassword());
        return "redirect:" + LIST + "/" + given.accountId() + "/password-given";
    }

    private String changeStatus(Long id, String action, Runnable change, Model model) {
        try {
            change.run();
            return "redirect:" + LIST + "/" + id;
        } catch (Refusal refusal) {
            return showStatusPage(id, action, Optional.of(refusal), false, model);
        } catch (StaleEdit stale) {
            return showStatusPage(id, action, Optional.empty(), true, model);
        }
    }

    private String showStatusPage(Long id, String action, Optional<Refusal> refusal, boolean stale, Model model) {
        model.addAttribute("view", admin.view(id));
        model.addAttribute("action", action);
        model.addAttribute("refusal", refusal.map(r -> messages.getMessage(r.problems().get(0), LocaleContextHolder.getLocale()))
                .orElse(null));
        model.addAttribute("stale", stale);
        return "account/admin/status";
    }

    private String showNewForm(Model model) {
        model.addAttribute("roleOptions", roleOptions());
        partnershipOptions(model);
        model.addAttribute("organisationOptions", organisationOptions());
        model.addAttribute("personOptions", admin.peopleWithoutAccount().stream()
                .map(person -> new Option(String.valueOf(person.id()), personLabel(person))).toList());
        return "account/admin/new-account";
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("view", admin.view(id));
        model.addAttribute("roleOptions", roleOptions());
        partnershipOptions(model);
        model.addAttribute("organisationOptions", organisationOptions());
        return "account/admin/account-form";
    }

    private String showResetForm(Long id, Model model) {
        model.addAttribute("view", admin.view(id));
        return "account/admin/reset-password";
    }

    private List<Option> organisationOptions() {
        return directory.allOrganisations().stream()
                .map(organisation -> new Option(String.valueOf(organisation.id()), organisation.name())).toList();
    }

    /** The partnerships the admin may give, and whether leaving them all unticked makes an installation admin. */
    private void partnershipOptions(Model model) {
        model.addAttribute("partnershipOptions", admin.partnerships().stream()
                .map(partnership -> new Option(String.valueOf(partnership.id()), partnership.name())).toList());
        model.addAttribute("partnershipsHint", messages.getMessage(admin.mayGiveWholeInstallation()
                ? "account.partnerships.hint.installation" : "account.partnerships.hint", null,
                LocaleContextHolder.getLocale()));
    }

    private List<Option> roleOptions() {
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(Role.values())
                .map(role -> new Option(role.name(), messages.getMessage("account.role." + role.name(), null, locale)))
                .toList();
    }

    private String personLabel(PartnerDirectory.PersonSummary person) {
        String where = person.organisationName() == null ? "" : person.organisationName();
        String what = person.jobTitle() == null ? where : person.jobTitle() + (where.isEmpty() ? "" : ", " + where);
        return what.isEmpty() ? person.name() : person.name() + " (" + what + ")";
    }

    /** The list's address with the same search and filters. */
    private static String address(Search search) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(LIST);
        if (!search.name().isEmpty()) {
            uri.queryParam("name", search.name());
        }
        if (search.role() != null) {
            uri.queryParam("role", search.role().name());
        }
        if (search.status() != Status.ALL) {
            uri.queryParam("status", search.status().name());
        }
        return uri.encode().build().toUriString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
