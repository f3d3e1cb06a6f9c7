package uk.partnershipplans.portal.shared;

import jakarta.validation.Valid;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages that add, change and delete one kind of kept record, under the address its controller maps: the form
 * posted to {@code /new}, the form to change a record at {@code /{id}/edit} (both saved through {@link Forms#save}, then
 * on to the record's page, or shown again), and deleting it after a confirmation at {@code /{id}/delete} (through
 * {@link Deletions}). A controller extends it for its kind of record, shows the empty form at {@code /new}, and adds its
 * other pages.
 *
 * @param <F> the record's form
 */
public abstract class RecordPages<F> {

    private final RecordAdmin<F> admin;
    private final MessageSource messages;
    private final Function<Long, Object> saved;
    private final String list;
    private final Function<Long, String> savedPage;

    /**
     * @param saved the record as saved, for beside a form refused as out of date: its form, or a {@link SavedVersion}
     * @param list where a deleted record's page goes back to
     * @param savedPage where a saved record's page goes, given its id
     */
    protected RecordPages(RecordAdmin<F> admin, MessageSource messages, Function<Long, Object> saved, String list,
            Function<Long, String> savedPage) {
        this.admin = admin;
        this.messages = messages;
        this.saved = saved;
        this.list = list;
        this.savedPage = savedPage;
    }

    /** Shows the form with what goes around its fields, for the record {@code id} (null for a new one). */
    protected abstract String formPage(Long id, Model model);

    /** The confirmation page for deleting the record, as it is now. */
    protected abstract DeletePage deletePage(Long id);

    @PostMapping("/new")
    public String create(@Valid @ModelAttribute("form") F form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.create(form), () -> form)
                .map(id -> "redirect:" + savedPage.apply(id))
                .orElseGet(() -> formPage(null, model));
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", admin.form(id));
        return formPage(id, model);
    }

    @PostMapping("/{id}/edit")
    public String update(@PathVariable Long id, @Valid @ModelAttribute("form") F form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.update(id, form);
            return id;
        }, () -> saved.apply(id))
                .map(done -> "redirect:" + savedPage.apply(id))
                .orElseGet(() -> formPage(id, model));
    }

    @GetMapping("/{id}/delete")
    public String confirmDelete(@PathVariable Long id, Model model) {
        return Deletions.confirm(model, messages, deletePage(id), admin.deletionRefusal(id));
    }

    @PostMapping("/{id}/delete")
    public String delete(@PathVariable Long id, @RequestParam long version, Model model) {
        return Deletions.delete(model, messages, () -> deletePage(id), () -> admin.delete(id, version), list);
    }
}
