package uk.partnershipplans.portal.shared;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages that add, change and delete one kind of kept record, under the address its controller maps: the form for
 * a new record at {@code /new}, the form to change a record at {@code /{id}/edit} (both saved through
 * {@link Forms#save}, then on to the record's page, or shown again), and deleting it after a confirmation at
 * {@code /{id}/delete} (through {@link Deletions}). A controller extends it for its kind of record and adds its other
 * pages.
 * <p>
 * A kind of record kept inside another (a plan's references, a plan year's priorities) is addressed under the record
 * it is kept in, whose id is the path variable {@code parentId} of the controller's address, as in
 * {@code /admin/plans/{parentId}/references}; a record asked for under a record it is not kept in is not found.
 *
 * @param <F> the record's form
 */
public abstract class RecordPages<F> {

    private final RecordAdmin<F> admin;
    private final MessageSource messages;
    private final Function<Long, Object> saved;
    private final BiFunction<Long, Long, String> list;
    private final BiFunction<Long, Long, String> savedPage;

    /**
     * @param saved the record as saved, for beside a form refused as out of date: its form, or a {@link SavedVersion}
     * @param list where a deleted record's page goes back to, given the id of the record it was kept in (or null) and
     *     its own id, while it is still there
     * @param savedPage where a saved record's page goes, given the id of the record it is kept in (or null) and its id
     */
    protected RecordPages(RecordAdmin<F> admin, MessageSource messages, Function<Long, Object> saved,
            BiFunction<Long, Long, String> list, BiFunction<Long, Long, String> savedPage) {
        this.admin = admin;
        this.messages = messages;
        this.saved = saved;
        this.list = list;
        this.savedPage = savedPage;
    }

    /**
     * For a kind kept inside another record, whose saved and deleted records' pages both go back to that record's page.
     *
     * @param parentPage the page of the record they are kept in, given its id
     */
    protected RecordPages(RecordAdmin<F> admin, MessageSource messages, Function<Long, Object> saved,
            Function<Long, String> parentPage) {
        this(admin, messages, saved, (parentId, id) -> parentPage.apply(parentId),
                (parentId, id) -> parentPage.apply(parentId));
    }

    /**
     * Shows the form with what goes around its fields, for the record {@code id} (null for a new one; in the model as
     * {@code recordId}) kept in {@code parentId} (null for a kind kept on its own).
     */
    protected abstract String formPage(Long parentId, Long id, Model model);

    /** The confirmation page for deleting the record, as it is now. */
    protected abstract DeletePage deletePage(Long id);

    /**
     * The form for a new record: an empty form, with what the address's parameters say (as {@code ?partnershipId=3},
     * for a record to start in that partnership).
     */
    @GetMapping("/new")
    public String newRecord(@PathVariable(required = false) Long parentId, @ModelAttribute("form") F form, Model model) {
        return form(parentId, null, model);
    }

    @PostMapping("/new")
    public String create(@PathVariable(required = false) Long parentId, @Valid @ModelAttribute("form") F form,
            BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.create(parentId, form), () -> form)
                .map(id -> "redirect:" + savedPage.apply(parentId, id))
                .orElseGet(() -> form(parentId, null, model));
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable(required = false) Long parentId, @PathVariable Long id, Model model) {
        keptIn(parentId, id);
        model.addAttribute("form", admin.form(id));
        return form(parentId, id, model);
    }

    @PostMapping("/{id}/edit")
    public String update(@PathVariable(required = false) Long parentId, @PathVariable Long id,
            @Valid @ModelAttribute("form") F form, BindingResult errors, Model model) {
        keptIn(parentId, id);
        return Forms.save(errors, model, () -> {
            admin.update(id, form);
            return id;
        }, () -> saved.apply(id))
                .map(done -> "redirect:" + savedPage.apply(parentId, id))
                .orElseGet(() -> form(parentId, id, model));
    }

    @GetMapping("/{id}/delete")
    public String confirmDelete(@PathVariable(required = false) Long parentId, @PathVariable Long id, Model model) {
        keptIn(parentId, id);
        return Deletions.confirm(model, messages, deletePage(id), admin.deletionRefusal(id));
    }

    @PostMapping("/{id}/delete")
    public String delete(@PathVariable(required = false) Long parentId, @PathVariable Long id,
            @RequestParam long version, Model model) {
        keptIn(parentId, id);
        return Deletions.delete(model, messages, () -> deletePage(id), () -> admin.delete(id, version),
                list.apply(parentId, id));
    }

    private String form(Long parentId, Long id, Model model) {
        model.addAttribute("recordId", id);
        return formPage(parentId, id, model);
    }

    /** Not found, unless the record is kept in the one the address names. */
    private void keptIn(Long parentId, Long id) {
        if (!Objects.equals(parentId, admin.keptIn(id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
