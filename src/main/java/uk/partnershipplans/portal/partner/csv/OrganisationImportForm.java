package uk.partnershipplans.portal.partner.csv;

import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** What the import page sends: the CSV file chosen, if any. */
@Getter
@Setter
@NoArgsConstructor
class OrganisationImportForm {

    private MultipartFile file;
}
