package uk.partnershipplans.portal.status;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/** Admins change the default tolerance; a save made on a form opened before someone else's save is refused. */
@Service
@RequiredArgsConstructor
@Transactional
class StatusSettingsAdmin {

    private final StatusSettingsRepository settings;

    @Transactional(readOnly = true)
    StatusSettingsForm form() {
        return StatusSettingsForm.of(settings.current());
    }

    void update(StatusSettingsForm form) {
        StatusSettings current = settings.current();
        StaleEdit.check(form.getVersion(), current.getVersion());
        current.changeDefaultTolerance(form.getDefaultTolerancePercent());
        Writes.flushed(() -> settings.saveAndFlush(current), Map.of());
    }
}
