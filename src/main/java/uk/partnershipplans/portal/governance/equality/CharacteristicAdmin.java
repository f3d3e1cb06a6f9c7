package uk.partnershipplans.portal.governance.equality;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.shared.Reach;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The protected characteristics and groups assessments have rows for: the installation's list, kept by the admins of
 * the whole installation, and those a partnership adds, kept by its admins. Each name once in a partnership's choice;
 * deleted only while no row uses it.
 */
@Service
@RequiredArgsConstructor
@Transactional
class CharacteristicAdmin implements RecordAdmin<CharacteristicForm> {

    private final ProtectedCharacteristicRepository characteristics;
    private final AssessmentRowRepository rows;
    private final Reaches reaches;

    @Transactional(readOnly = true)
    ProtectedCharacteristic characteristic(Long id) {
        return characteristics.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Those in the person's reach: the installation's list, then each partnership's in reach. */
    @Transactional(readOnly = true)
    List<ProtectedCharacteristic> inReach() {
        Reach reach = reaches.current();
        return reach.everywhere() ? characteristics.everyOne() : characteristics.forPartnerships(reach.partnershipIds());
    }

    /** The choice for an assessment of a plan of the partnership: the installation's list, then its own. */
    @Transactional(readOnly = true)
    List<ProtectedCharacteristic> offeredTo(Long partnershipId) {
        return characteristics.forPartnerships(List.of(partnershipId));
    }

    @Override
    @Transactional(readOnly = true)
    public CharacteristicForm form(Long id) {
        return CharacteristicForm.of(characteristic(id));
    }

    @Override
    public Long create(Long parentId, CharacteristicForm form) {
        Long partnershipId = form.getPartnershipId();
        Reach reach = reaches.current();
        if (partnershipId == null ? !reach.everywhere() : !reach.includes(partnershipId)) {
            throw Refusal.of("partnershipId", "equality.characteristic.partnership.required");
        }
        int position = form.getPosition() == null ? characteristics.lastPosition(partnershipId) + 1 : form.getPosition();
        ProtectedCharacteristic characteristic = new ProtectedCharacteristic(partnershipId, position, name(form, partnershipId, 0L));
        return characteristics.saveAndFlush(characteristic).getId();
    }

    @Override
    public void update(Long id, CharacteristicForm form) {
        ProtectedCharacteristic characteristic = characteristic(id);
        StaleEdit.check(form.getVersion(), characteristic.getVersion());
        characteristic.revise(form.getPosition() == null ? characteristic.getPosition() : form.getPosition(),
                name(form, characteristic.getPartnershipId(), id));
        Writes.flushed(characteristics::flush, Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long id) {
        long used = rows.countByCharacteristicId(id);
        return used == 0 ? Optional.empty()
                : Optional.of(Refusal.of(null, "equality.characteristic.in-use", new Usage("equality.usage.rows", used)));
    }

    @Override
    public void delete(Long id, long version) {
        ProtectedCharacteristic characteristic = characteristic(id);
        Writes.delete(characteristics, characteristic, version, characteristic.getVersion(), () -> deletionRefusal(id));
    }

    /** The name typed, refused when the partnership's choice (or, for the installation's list, the list) has it. */
    private String name(CharacteristicForm form, Long partnershipId, Long id) {
        String name = form.getName().strip();
        if (characteristics.nameTaken(partnershipId, name, id)) {
            throw Refusal.of("name", "equality.characteristic.name.taken", name);
        }
        return name;
    }
}
