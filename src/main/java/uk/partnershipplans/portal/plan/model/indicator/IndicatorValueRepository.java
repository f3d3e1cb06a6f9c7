package uk.partnershipplans.portal.plan.model.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

    Page<IndicatorValue> findByIndicatorId(Long indicatorId, Pageable pageable);

    Optional<IndicatorValue> findFirstByIndicatorIdAndPeriodLabelIgnoreCase(Long indicatorId, String periodLabel);

    long countByIndicatorId(Long indicatorId);

    List<IndicatorValue> findByIndicatorIdIn(Collection<Long> indicatorIds);
}
