package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class RoleTest {

    @Test
    void aRoleIsHeldByWhoeverHasItsAuthority() {
        Authentication board = signedIn("ROLE_BOARD");
        assertThat(Role.BOARD.isHeldBy(board)).isTrue();
        assertThat(Role.ADMIN.isHeldBy(board)).isFalse();
        assertThat(Role.BOARD.isHeldBy(null)).isFalse();
        assertThat(Role.ADMIN.isHeldBy(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isFalse();
    }

    @Test
    void boardMembersAndAdminsMayEditPlansAndOfficersMayNot() {
        assertThat(Role.mayEditPlans(signedIn("ROLE_BOARD"))).isTrue();
        assertThat(Role.mayEditPlans(signedIn("ROLE_ADMIN"))).isTrue();
        assertThat(Role.mayEditPlans(signedIn("ROLE_OFFICER"))).isFalse();
        assertThat(Role.mayEditPlans(null)).isFalse();
    }

    private static Authentication signedIn(String authority) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", null, AuthorityUtils.createAuthorityList(authority));
    }
}
