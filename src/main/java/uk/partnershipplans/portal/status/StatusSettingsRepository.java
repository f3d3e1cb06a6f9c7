package uk.partnershipplans.portal.status;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusSettingsRepository extends JpaRepository<StatusSettings, Integer> {

    default StatusSettings current() {
        return findById(StatusSettings.ONLY_ROW)
                .orElseThrow(() -> new IllegalStateException("The status_setting row is made by migration V12"));
    }
}
