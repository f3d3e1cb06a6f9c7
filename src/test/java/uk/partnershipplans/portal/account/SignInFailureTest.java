package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.ExtendedModelMap;

/**
 * What a failed sign-in says depends on why it failed: a sign-in that could not be checked at all (the database could
 * not be reached) is not said to have the wrong password; its cause goes on to the error pages, which answer "service
 * unavailable" (shared.DatabaseUnreachableTest).
 */
class SignInFailureTest {

    private final SignInController controller = new SignInController(false);

    @Test
    void aSignInThatCouldNotBeCheckedGoesOnToTheErrorPages() {
        RuntimeException unreachable = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");

        assertThatThrownBy(() -> failed(new InternalAuthenticationServiceException("Unable to acquire JDBC Connection", unreachable)))
                .isSameAs(unreachable);
    }

    @Test
    void aWrongPasswordIsSaidToBeWrong() {
        MockHttpServletResponse response = failed(new BadCredentialsException("Bad credentials"));

        assertThat(response.getStatus()).isEqualTo(401);
    }

    private MockHttpServletResponse failed(RuntimeException why) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login/failed");
        request.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, why);
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(controller.signInFailed("board", request, response, new ExtendedModelMap())).isEqualTo("account/sign-in");
        return response;
    }
}
