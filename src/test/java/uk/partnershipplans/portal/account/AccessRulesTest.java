package uk.partnershipplans.portal.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.partnershipplans.portal.support.IntegrationTest;

@IntegrationTest
class AccessRulesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousPeopleAreSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void signInPageAndAssetsAreOpen() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(view().name("account/sign-in"));
        mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
        mvc.perform(get("/js/portal.mjs")).andExpect(status().isOk());
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/assets/fonts/bold-b542beb274-v2.woff2")).andExpect(status().isOk());
    }

    @Test
    void healthIsOpenAndChecksTheDatabaseButOtherActuatorEndpointsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}"));
        for (String endpoint : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
            mvc.perform(get(endpoint)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void eachRoleHasItsHomePage() throws Exception {
        mvc.perform(get("/").with(user("b").roles("BOARD"))).andExpect(view().name("home/board"))
                .andExpect(content().string(containsString("Plans to review")));
        mvc.perform(get("/").with(user("o").roles("OFFICER"))).andExpect(view().name("home/officer"))
                .andExpect(content().string(containsString("Your updates")));
        mvc.perform(get("/").with(user("a").roles("ADMIN"))).andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/admin").with(user("a").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(view().name("admin/index"));
    }

    @Test
    void adminPagesAreForAdminsOnly() throws Exception {
        for (String role : new String[] {"OFFICER", "BOARD"}) {
            mvc.perform(get("/admin").with(user("x").roles(role))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/anything").with(user("x").roles(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void navigationShowsOnlyWhatTheRoleMayUse() throws Exception {
        String plansLink = "class=\"govuk-service-navigation__link\" href=\"/plans\"";
        mvc.perform(get("/").with(user("b").roles("BOARD")))
                .andExpect(content().string(containsString(plansLink)))
                .andExpect(content().string(not(containsString("Administration</"))));
        mvc.perform(get("/").with(user("o").roles("OFFICER")))
                .andExpect(content().string(containsString(plansLink)))
                .andExpect(content().string(not(containsString("Administration</"))));
        mvc.perform(get("/admin").with(user("a").roles("ADMIN")))
                .andExpect(content().string(containsString("Administration")))
                .andExpect(content().string(containsString(plansLink)));
    }

    @Test
    void unknownAddressGetsTheNotFoundPage() throws Exception {
        mvc.perform(get("/no-such-page").with(user("b").roles("BOARD"))).andExpect(status().isNotFound());
    }

    @Test
    void aRequestFromAnEndedSessionIsSentToTheSessionEndedPage() throws Exception {
        mvc.perform(get("/").with(request -> {
            request.setRequestedSessionId("ended-session");
            request.setRequestedSessionIdValid(false);
            return request;
        })).andExpect(redirectedUrl("/session-expired"));
        mvc.perform(get("/session-expired")).andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("Your session has ended")));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }
}
