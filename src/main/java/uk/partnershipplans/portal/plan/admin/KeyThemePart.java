package uk.partnershipplans.portal.plan.admin;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.model.KeyTheme;
import uk.partnershipplans.portal.plan.model.KeyThemeRepository;
import uk.partnershipplans.portal.plan.model.Plan;

/** Key themes: numbered 1, 2, 3 ... in their plan; nothing depends on them. */
@Component
@Order(2)
class KeyThemePart extends NumberedPart<KeyTheme, NumberedForm> {

    private final KeyThemeRepository themes;

    KeyThemePart(KeyThemeRepository themes) {
        super("themes", "theme", "themes", null, "uk_key_theme_number", NumberedForm.class, themes);
        this.themes = themes;
    }

    @Override
    NumberedForm blankForm() {
        return new NumberedForm();
    }

    @Override
    NumberedForm form(KeyTheme theme) {
        return NumberedForm.of(theme.getNumber(), theme.getTitle(), theme.getDescription(), theme.getVersion());
    }

    @Override
    Optional<KeyTheme> sameNumber(Long planId, NumberedForm form) {
        return themes.findByPlanIdAndNumber(planId, form.getNumber());
    }

    @Override
    KeyTheme add(Place place, NumberedForm form) {
        KeyTheme theme = new KeyTheme(place.plan(), form.getNumber(), title(form), description(form));
        place.plan().getThemes().add(theme);
        return theme;
    }

    @Override
    void revise(KeyTheme theme, NumberedForm form) {
        theme.revise(form.getNumber(), title(form), description(form));
    }

    @Override
    void detach(KeyTheme theme) {
        theme.getPlan().getThemes().remove(theme);
    }

    @Override
    List<KeyTheme> inPlan(Plan plan) {
        return List.copyOf(plan.getThemes());
    }
}
