package uk.partnershipplans.portal.status;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/** The portal's settings for working out statuses: a single row, made by the migration and changed by admins. */
@Audited
@Entity
@Table(name = "status_setting")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class StatusSettings {

    static final int ONLY_ROW = 1;

    @Id
    private Integer id;

    /** The tolerance of every indicator that has none of its own, in per cent. */
    private BigDecimal defaultTolerancePercent;

    @Version
    private long version;

    void changeDefaultTolerance(BigDecimal percent) {
        this.defaultTolerancePercent = percent;
    }
}
