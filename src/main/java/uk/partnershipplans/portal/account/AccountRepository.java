package uk.partnershipplans.portal.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    @Query("select count(a) > 0 from Account a join a.roles r where a.active = true and r = :role")
    boolean existsActiveWithRole(Role role);
}
