package uk.partnershipplans.portal.plan.edit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.SavedStamp;
import uk.partnershipplans.portal.shared.StaleEdit;

/** How the board's edits claim the record a form was opened on, inside the service's transaction. */
@Component
@RequiredArgsConstructor
class EditLocks {

    private final EntityManager entityManager;

    /**
     * Refuses the edit ({@link StaleEdit}) if the record has changed since the form was opened ({@code formVersion} is
     * the version the form carried), and otherwise makes sure saving moves the version on and signs the record even when
     * only its parts change (its sections, links or ticks), so that anyone else editing it at the same time is refused in
     * turn and the refusal can say who saved it.
     */
    void lockForEdit(SavedStamp entity, Long formVersion, long savedVersion) {
        StaleEdit.check(formVersion, savedVersion);
        entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entity.signSave();
    }
}
