package uk.partnershipplans.portal.report.committee;

import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/** The implications a draft committee report describes, each under its heading, in its place. */
@Service
@RequiredArgsConstructor
@Transactional
class ImplicationAdmin implements RecordAdmin<ImplicationForm> {

    private final CommitteeReportAdmin reports;
    private final ImplicationRepository implications;

    @Transactional(readOnly = true)
    Implication implication(Long id) {
        return implications.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Override
    @Transactional(readOnly = true)
    public ImplicationForm form(Long id) {
        return ImplicationForm.of(implication(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return implication(id).getReport().getId();
    }

    @Override
    public Long create(Long reportId, ImplicationForm form) {
        CommitteeReport report = reports.draft(reportId);
        int position = form.getPosition() == null ? implications.lastPosition(reportId) + 1 : form.getPosition();
        return implications.saveAndFlush(new Implication(report, position, form.getHeading().strip(),
                Forms.optional(form.getText()))).getId();
    }

    @Override
    public void update(Long id, ImplicationForm form) {
        Implication implication = implication(id);
        reports.draft(implication.getReport().getId());
        StaleEdit.check(form.getVersion(), implication.getVersion());
        int position = form.getPosition() == null ? implication.getPosition() : form.getPosition();
        implication.revise(position, form.getHeading().strip(), Forms.optional(form.getText()));
        Writes.flushed(implications::flush, Map.of());
    }

    @Override
    public void delete(Long id, long version) {
        Implication implication = implication(id);
        reports.draft(implication.getReport().getId());
        Writes.delete(implications, implication, version, implication.getVersion(), Optional::empty);
    }
}
