package uk.partnershipplans.portal.plan.model.indicator;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorPriorityRepository extends JpaRepository<IndicatorPriority, IndicatorPriority.Key> {

    long countByPriorityId(Long priorityId);

    long countByIndicatorId(Long indicatorId);

    @Query("select ip from IndicatorPriority ip join fetch ip.indicator join fetch ip.priority where ip.priority.id in :priorityIds")
    List<IndicatorPriority> findByPriorityIdIn(Collection<Long> priorityIds);
}
