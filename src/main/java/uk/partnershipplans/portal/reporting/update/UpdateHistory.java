package uk.partnershipplans.portal.reporting.update;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.history.AuditRevision;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.Figures;

/**
 * Every saved version of an update, newest first, whole: who saved it, when, and what it said then. The shared
 * change history (system/ChangeHistory) lists field-by-field changes but cannot read collections of several columns
 * such as the milestones done and the links, and a lead comparing versions of an update wants each version whole.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class UpdateHistory {

    private final EntityManager entityManager;

    /** One saved version; {@code milestonesDone} gives each milestone's id and the day it was done. */
    record Version(ZonedDateTime at, String who, UpdateState state, ReportedProgress reportedStatus,
            LocalDate completedOn, LocalDate revisedTargetDate, String revisionReason, List<MilestoneDone> milestonesDone,
            String evidence, List<EvidenceLink> links, String periodLabel, BigDecimal figure, boolean provisional,
            BigDecimal nationalAverage, BigDecimal statisticalNeighbour, String commentary, String returnComment) {

        /** A figure of this version as the plans print it, with its own decimal places ("1,200", "64.0"). */
        public String shown(BigDecimal figure) {
            return Figures.format(figure);
        }
    }

    List<Version> versions(Long updateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(ProgressUpdate.class, false, true)
                .add(AuditEntity.id().eq(updateId))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream().map(row -> {
            ProgressUpdate update = (ProgressUpdate) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            return new Version(revision.getChangedAt().atZone(Dates.UK_TIME), revision.getUsername(), update.getState(),
                    update.getReportedStatus(), update.getCompletedOn(), update.getRevisedTargetDate(),
                    update.getRevisionReason(),
                    update.getMilestonesDone().stream().sorted(Comparator.comparing(MilestoneDone::getMilestoneId)).toList(),
                    update.getEvidence(), List.copyOf(update.getLinks()), update.getPeriodLabel(), update.getFigure(),
                    update.isProvisional(), update.getNationalAverage(), update.getStatisticalNeighbour(),
                    update.getCommentary(), update.getReturnComment());
        }).toList();
    }
}
