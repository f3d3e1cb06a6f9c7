package uk.partnershipplans.portal.plan.admin;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.model.KeyTheme;
import uk.partnershipplans.portal.plan.model.KeyThemeRepository;
import uk.partnershipplans.portal.plan.model.Plan;

/** Key themes: numbered 1, 2, 3 ... in their plan; nothing depends on them. */
@Component
@Order(2)
class KeyThemePart extends PlanWidePartKind<KeyTheme> {

    KeyThemePart(KeyThemeRepository themes) {
        super("themes", "theme", "themes", "uk_key_theme_number", themes, Plan::getThemes, KeyTheme::new);
    }
}
