package uk.partnershipplans.portal.reporting.figures;

import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** What the import page sends: the spreadsheet chosen, if any. */
@Getter
@Setter
@NoArgsConstructor
class FigureUploadForm {

    private MultipartFile file;
}
