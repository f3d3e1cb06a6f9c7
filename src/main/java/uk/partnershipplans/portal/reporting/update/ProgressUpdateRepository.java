package uk.partnershipplans.portal.reporting.update;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByRoundId(Long roundId);

    long countByActionId(Long actionId);

    List<ProgressUpdate> findByStateOrderBySubmittedAt(UpdateState state);

    /** The updates assigned to an account in open rounds, with their rounds, soonest deadline first. */
    @Query("select u from ProgressUpdate u join fetch u.round r where u.assigneeId = :assigneeId and r.closedAt is null"
            + " order by r.deadline, u.id")
    List<ProgressUpdate> openAssignedTo(Long assigneeId);

    /** The updates assigned to an account in closed rounds, with their rounds, latest period first. */
    @Query("select u from ProgressUpdate u join fetch u.round r where u.assigneeId = :assigneeId and r.closedAt is not null"
            + " order by r.periodEnd desc, r.id desc, u.id")
    List<ProgressUpdate> closedAssignedTo(Long assigneeId, Pageable page);

    /** The outstanding updates of open rounds that someone is assigned to, with their rounds. */
    @Query("select u from ProgressUpdate u join fetch u.round r where r.closedAt is null and u.assigneeId is not null"
            + " and u.state not in (uk.partnershipplans.portal.reporting.update.UpdateState.SUBMITTED,"
            + " uk.partnershipplans.portal.reporting.update.UpdateState.APPROVED) order by u.assigneeId, r.deadline, u.id")
    List<ProgressUpdate> outstandingInOpenRounds();
}
