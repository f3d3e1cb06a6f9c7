package uk.partnershipplans.portal.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;

/** What every admin delete does: confirm first, explain a refusal, and never delete something changed meanwhile. */
public final class Deletions {

    public static final String VIEW = "admin/delete";

    private Deletions() {
    }

    /** The confirmation page, or straight away the reason it cannot be deleted. */
    public static String confirm(Model model, MessageSource messages, DeletePage page, Optional<Refusal> refusal) {
        model.addAttribute("page", refusal.map(page::refused).orElse(page).in(messages));
        return VIEW;
    }

    /**
     * Deletes and redirects to {@code then}; on a {@link Refusal} or a {@link StaleEdit} shows the page again, built
     * afresh by {@code page}, with the reason.
     */
    public static String delete(Model model, MessageSource messages, Supplier<DeletePage> page, Runnable delete, String then) {
        try {
            delete.run();
            return "redirect:" + then;
        } catch (Refusal refusal) {
            model.addAttribute("page", page.get().refused(refusal).in(messages));
        } catch (StaleEdit | OptimisticLockingFailureException stale) {
            model.addAttribute("page", page.get().changedMeanwhile().in(messages));
        }
        return VIEW;
    }
}
