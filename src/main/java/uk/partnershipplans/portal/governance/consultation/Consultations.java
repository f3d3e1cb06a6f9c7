package uk.partnershipplans.portal.governance.consultation;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;

/** A plan year's consultations, and each with its submissions: a fixed number of queries whatever their number. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class Consultations {

    static final int PAGE_SIZE = 20;

    /** A year and its consultations, the latest first. */
    record YearConsultations(YearFacts year, List<Consultation> consultations) {
    }

    private final ConsultationAdmin admin;
    private final ConsultationRepository consultations;
    private final SubmissionRepository submissions;

    YearConsultations ofYear(Long yearId) {
        return new YearConsultations(admin.year(yearId), consultations.findByPlanYearIdOrderByOpenedOnDescIdDesc(yearId));
    }

    /** The consultation with one page of its submissions, in the order they were entered. */
    ConsultationView page(Long id, int page) {
        Consultation consultation = admin.consultation(id);
        Page<Submission> shown = submissions.findByConsultationId(id,
                PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE, Sort.by("id")));
        return ConsultationView.of(consultation, admin.year(consultation.getPlanYearId()), shown, shown.getTotalElements());
    }

    /** The consultation with every submission, for its document. */
    ConsultationView whole(Long id) {
        Consultation consultation = admin.consultation(id);
        List<Submission> all = submissions.findByConsultationIdOrderByIdAsc(id);
        return ConsultationView.of(consultation, admin.year(consultation.getPlanYearId()), new PageImpl<>(all), all.size());
    }
}
