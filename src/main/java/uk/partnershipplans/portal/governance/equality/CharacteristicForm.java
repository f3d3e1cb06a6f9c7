package uk.partnershipplans.portal.governance.equality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/**
 * What the form of a protected characteristic or group sends: the partnership that adds it (chosen when it is added;
 * none for the installation's list), its place and its name.
 */
@Getter
@Setter
@NoArgsConstructor
class CharacteristicForm extends VersionedForm {

    private Long partnershipId;

    @Min(value = 1, message = "{equality.position.range}")
    @Max(value = 999, message = "{equality.position.range}")
    private Integer position;

    @NotBlank(message = "{equality.characteristic.name.required}")
    @Size(max = 200, message = "{equality.characteristic.name.size}")
    private String name;

    static CharacteristicForm of(ProtectedCharacteristic characteristic) {
        CharacteristicForm form = new CharacteristicForm();
        form.partnershipId = characteristic.getPartnershipId();
        form.position = characteristic.getPosition();
        form.name = characteristic.getName();
        form.setVersion(characteristic.getVersion());
        return form;
    }
}
