package uk.partnershipplans.portal.status;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import uk.partnershipplans.portal.plan.Positions;

/** The plan pages' statuses, from the same worked-out year status as the dashboard and the summary. */
@Service
@RequiredArgsConstructor
class PlanPositions implements Positions {

    private final ProgressService progress;

    @Override
    public Optional<Position> ofAction(Long yearId, Long actionId) {
        return progress.yearStatus(yearId, null).flatMap(status -> status.actions().stream()
                .filter(a -> a.action().id().equals(actionId)).findFirst()
                .map(a -> position("status.action." + a.status().name(), a.status().rag(), status.asAt())));
    }

    @Override
    public Optional<Position> ofPriority(Long yearId, Long priorityId) {
        return progress.yearStatus(yearId, null).flatMap(status -> status.priorities().stream()
                .filter(p -> p.priority().id().equals(priorityId)).findFirst()
                .map(p -> position("status.rag." + p.rollUp().overall().name(), p.rollUp().overall(), status.asAt())));
    }

    private static Position position(String wordsKey, Rag rag, AsAt asAt) {
        return new Position(wordsKey, rag.name(), asAt.day(), "status.position." + asAt.reason().name());
    }
}
