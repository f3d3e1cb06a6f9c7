package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.RequestDispatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.partnershipplans.portal.support.IntegrationTest;

/**
 * Calls every endpoint the application maps, found from its request mappings, as an anonymous visitor, an officer, a
 * board member and an admin, and compares each answer with the access table below. An endpoint missing from the
 * table fails the test, so a new page cannot ship without a decision about who may use it.
 * <p>
 * Path variables are filled with an id that does not exist and requests carry no form fields: the test asks only
 * whether the door opens. A caller who may use the endpoint gets past security (any answer but 403, a redirect to
 * sign-in, or a server error; the portal's own pages answer 401 for a failed sign-in and an ended session); a signed-in caller who may not gets 403; an anonymous caller is sent to
 * sign in. {@code POST /login/failed} is where Spring Security forwards a failed sign-in; called directly it needs
 * sign-in like any page (and then answers with the failed sign-in page).
 */
@IntegrationTest
class AccessMatrixTest {

    /** Who may use an endpoint. */
    enum Access {
        PUBLIC, SIGNED_IN, BOARD_OR_ADMIN, ADMIN,
        /** The container's error page: open to all, called as the servlet container calls it, for a 404. */
        ERROR_PAGE
    }

    /** Every endpoint: method, path pattern, access. */
    private static final String TABLE = """
            GET  /                                                                              SIGNED_IN
            GET  /account/password                                                              SIGNED_IN
            GET  /actions/{id:\\d{1,18}}                                                        SIGNED_IN
            GET  /actions/{id}/delete                                                           BOARD_OR_ADMIN
            GET  /actions/{id}/edit                                                             BOARD_OR_ADMIN
            GET  /admin                                                                         ADMIN
            GET  /admin/accounts                                                                ADMIN
            GET  /admin/accounts/new                                                            ADMIN
            GET  /admin/accounts/{id}                                                           ADMIN
            GET  /admin/accounts/{id}/deactivate                                                ADMIN
            GET  /admin/accounts/{id}/edit                                                      ADMIN
            GET  /admin/accounts/{id}/history                                                   ADMIN
            GET  /admin/accounts/{id}/password-given                                            ADMIN
            GET  /admin/accounts/{id}/reactivate                                                ADMIN
            GET  /admin/accounts/{id}/reset-password                                            ADMIN
            GET  /admin/accounts/{id}/unlock                                                    ADMIN
            GET  /admin/frameworks/{parentId:\\d{1,18}}/ambitions/{id}/delete                   ADMIN
            GET  /admin/frameworks/{parentId:\\d{1,18}}/ambitions/{id}/edit                     ADMIN
            GET  /admin/frameworks                                                              ADMIN
            GET  /admin/frameworks/new                                                          ADMIN
            GET  /admin/frameworks/{parentId:\\d{1,18}}/ambitions/new                           ADMIN
            GET  /admin/frameworks/{id}                                                         ADMIN
            GET  /admin/frameworks/{id}/delete                                                  ADMIN
            GET  /admin/frameworks/{id}/edit                                                    ADMIN
            GET  /admin/indicator-values/{id}/delete                                            ADMIN
            GET  /admin/indicator-values/{id}/edit                                              ADMIN
            GET  /admin/indicators                                                              ADMIN
            GET  /admin/indicators/new                                                          ADMIN
            GET  /admin/indicators/{id}                                                         ADMIN
            GET  /admin/indicators/{id}/delete                                                  ADMIN
            GET  /admin/indicators/{id}/edit                                                    ADMIN
            GET  /admin/indicators/{indicatorId}/plan-years/new                                 ADMIN
            GET  /admin/indicators/{indicatorId}/values/new                                     ADMIN
            GET  /admin/partner-kinds                                                           ADMIN
            GET  /admin/partner-kinds/new                                                       ADMIN
            GET  /admin/partner-kinds/{id}/delete                                               ADMIN
            GET  /admin/partner-kinds/{id}/edit                                                 ADMIN
            GET  /admin/partners                                                                ADMIN
            GET  /admin/partners/export                                                         ADMIN
            GET  /admin/partners/import                                                         ADMIN
            GET  /admin/partners/import/template                                                ADMIN
            GET  /admin/partners/new                                                            ADMIN
            GET  /admin/partners/{id}                                                           ADMIN
            GET  /admin/partners/{id}/delete                                                    ADMIN
            GET  /admin/partners/{id}/edit                                                      ADMIN
            GET  /admin/partners/{id}/history                                                   ADMIN
            GET  /admin/partners/{id}/memberships/new                                           ADMIN
            GET  /admin/partners/{id}/memberships/{membershipId}/leave                          ADMIN
            GET  /admin/partnerships                                                            ADMIN
            GET  /admin/partnerships/new                                                        ADMIN
            GET  /admin/partnerships/{id}                                                       ADMIN
            GET  /admin/partnerships/{id}/delete                                                ADMIN
            GET  /admin/partnerships/{id}/edit                                                  ADMIN
            GET  /admin/partnerships/{id}/history                                               ADMIN
            GET  /admin/partnerships/{partnershipId}/groups                                     ADMIN
            GET  /admin/partnerships/{partnershipId}/groups/new                                 ADMIN
            GET  /admin/partnerships/{partnershipId}/groups/{groupId}                           ADMIN
            GET  /admin/partnerships/{partnershipId}/groups/{groupId}/delete                    ADMIN
            GET  /admin/partnerships/{partnershipId}/groups/{groupId}/edit                      ADMIN
            GET  /admin/partnerships/{partnershipId}/groups/{groupId}/history                   ADMIN
            GET  /admin/partnerships/{partnershipId}/groups/{groupId}/members/new               ADMIN
            GET  /admin/partnerships/{partnershipId}/groups/{groupId}/members/{memberId}/delete ADMIN
            GET  /admin/partnerships/{partnershipId}/groups/{groupId}/members/{memberId}/edit   ADMIN
            GET  /admin/plan-year-indicators/{id}/delete                                        ADMIN
            GET  /admin/plan-year-indicators/{id}/edit                                          ADMIN
            GET  /admin/plan-years/{id}                                                         ADMIN
            GET  /admin/plan-years/{id}/delete                                                  ADMIN
            GET  /admin/plan-years/{id}/edit                                                    ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/priority-groups/new                     ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/priorities/new                          ADMIN
            GET  /admin/plans                                                                   ADMIN
            GET  /admin/plans/new                                                               ADMIN
            GET  /admin/plans/{id}                                                              ADMIN
            GET  /admin/plans/{id}/delete                                                       ADMIN
            GET  /admin/plans/{id}/edit                                                         ADMIN
            GET  /admin/plans/{planId}/years/new                                                ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/priorities/{id}/delete                  ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/priorities/{id}/edit                    ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/priority-groups/{id}/delete             ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/priority-groups/{id}/edit               ADMIN
            GET  /admin/rounds                                                                  ADMIN
            GET  /admin/rounds/new                                                              ADMIN
            GET  /admin/rounds/{id}                                                             ADMIN
            GET  /admin/rounds/{id}/close                                                       ADMIN
            GET  /admin/rounds/{id}/edit                                                        ADMIN
            GET  /admin/rounds/{id}/items                                                       ADMIN
            GET  /admin/status-settings                                                         ADMIN
            GET  /admin/status-settings/history                                                 ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/plan-partners/new                            ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/plan-partners/{id}/edit                      ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/plan-partners/{id}/delete                    ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/plan-partners/new                            ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/plan-partners/{id}/edit                      ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/plan-partners/{id}/delete                    ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/initiatives/new                              ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/initiatives/{id}/edit                        ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/initiatives/{id}/delete                      ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/initiatives/new                              ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/initiatives/{id}/edit                        ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/initiatives/{id}/delete                      ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/references/new                               ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/references/{id}/edit                         ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/references/{id}/delete                       ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/references/new                               ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/references/{id}/edit                         ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/references/{id}/delete                       ADMIN
            GET  /admin/frameworks/{id}/history                                                 ADMIN
            GET  /admin/{part:plan-sections|themes|principles|strategic-objectives|operational-objectives}/{id}/history ADMIN
            GET  /admin/rounds/{id}/history                                                     ADMIN
            GET  /plans/{id:\\d{1,18}}/history                                                  BOARD_OR_ADMIN
            GET  /plan-years/{id:\\d{1,18}}/changes                                             SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/history                                             BOARD_OR_ADMIN
            GET  /priorities/{id:\\d{1,18}}/history                                             BOARD_OR_ADMIN
            GET  /actions/{id:\\d{1,18}}/history                                                BOARD_OR_ADMIN
            GET  /indicators/{id:\\d{1,18}}/history                                             BOARD_OR_ADMIN
            GET  /admin/{parents:plans|strategic-objectives}/{parentId}/{part:plan-sections|themes|principles|strategic-objectives|operational-objectives}/new ADMIN
            GET  /admin/{part:plan-sections|themes|principles|strategic-objectives|operational-objectives}/{id}/delete ADMIN
            GET  /admin/{part:plan-sections|themes|principles|strategic-objectives|operational-objectives}/{id}/edit ADMIN
            GET  /attachments/{id:\\d{1,18}}                                                    SIGNED_IN
            GET  /error                                                                         ERROR_PAGE
            GET  /figure-imports                                                                SIGNED_IN
            GET  /figure-imports/{id:\\d{1,18}}                                                 SIGNED_IN
            GET  /help/status                                                                   SIGNED_IN
            GET  /indicators/{id:\\d{1,18}}                                                     SIGNED_IN
            GET  /indicators/{indicatorId}/targets/new                                          BOARD_OR_ADMIN
            GET  /indicators/{indicatorId}/values/{valueId}/target                              BOARD_OR_ADMIN
            GET  /login                                                                         PUBLIC
            GET  /milestones/{id}/delete                                                        BOARD_OR_ADMIN
            GET  /milestones/{id}/edit                                                          BOARD_OR_ADMIN
            GET  /plan-years/{id:\\d{1,18}}                                                     SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/actions                                             SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/dashboard                                           SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/exports                                             SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/exports/actions.csv                                 SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/exports/actions.xlsx                                SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/exports/indicators.csv                              SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/exports/indicators.xlsx                             SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/exports/partners.csv                                SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/exports/partners.xlsx                               SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/exports/reports.csv                                 SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/exports/reports.xlsx                                SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/figure-import                                       SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/figure-import/template.csv                          SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/figure-import/template.xlsx                         SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/indicators                                          SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/next-year                                           ADMIN
            GET  /plan-years/{id:\\d{1,18}}/published                                           SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/published.pdf                                       SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/published.docx                                      SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/report                                              SIGNED_IN
            GET  /admin/activities/{parentId:\\d{1,18}}/sources/new                               ADMIN
            GET  /admin/activities/{parentId:\\d{1,18}}/sources/{id}/delete                       ADMIN
            GET  /admin/activities/{parentId:\\d{1,18}}/sources/{id}/edit                         ADMIN
            GET  /admin/final-reviews/{parentId:\\d{1,18}}/activities/new                         ADMIN
            GET  /admin/final-reviews/{parentId:\\d{1,18}}/activities/{id}/delete                 ADMIN
            GET  /admin/final-reviews/{parentId:\\d{1,18}}/activities/{id}/edit                   ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/final-reviews/new                         ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/final-reviews/{id}/delete                 ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/final-reviews/{id}/edit                   ADMIN
            GET  /final-reviews/{id:\\d{1,18}}                                                    SIGNED_IN
            GET  /final-reviews/{id:\\d{1,18}}.docx                                               SIGNED_IN
            GET  /final-reviews/{id:\\d{1,18}}.pdf                                                SIGNED_IN
            GET  /final-reviews/{id:\\d{1,18}}/history                                            SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/final-reviews                                         SIGNED_IN
            POST /admin/activities/{parentId:\\d{1,18}}/sources/new                               ADMIN
            POST /admin/activities/{parentId:\\d{1,18}}/sources/{id}/delete                       ADMIN
            POST /admin/activities/{parentId:\\d{1,18}}/sources/{id}/edit                         ADMIN
            POST /admin/final-reviews/{parentId:\\d{1,18}}/activities/new                         ADMIN
            POST /admin/final-reviews/{parentId:\\d{1,18}}/activities/{id}/delete                 ADMIN
            POST /admin/final-reviews/{parentId:\\d{1,18}}/activities/{id}/edit                   ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/final-reviews/new                         ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/final-reviews/{id}/delete                 ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/final-reviews/{id}/edit                   ADMIN
            GET  /admin/consultations/{parentId:\\d{1,18}}/submissions/new                        ADMIN
            GET  /admin/consultations/{parentId:\\d{1,18}}/submissions/{id}/delete                ADMIN
            GET  /admin/consultations/{parentId:\\d{1,18}}/submissions/{id}/edit                  ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/consultations/new                         ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/consultations/{id}/delete                 ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/consultations/{id}/edit                   ADMIN
            GET  /consultations/{id:\\d{1,18}}                                                    SIGNED_IN
            GET  /consultations/{id:\\d{1,18}}.docx                                               SIGNED_IN
            GET  /consultations/{id:\\d{1,18}}.pdf                                                SIGNED_IN
            GET  /consultations/{id:\\d{1,18}}/history                                            SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/consultations                                         SIGNED_IN
            POST /admin/consultations/{parentId:\\d{1,18}}/submissions/new                        ADMIN
            POST /admin/consultations/{parentId:\\d{1,18}}/submissions/{id}/delete                ADMIN
            POST /admin/consultations/{parentId:\\d{1,18}}/submissions/{id}/edit                  ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/consultations/new                         ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/consultations/{id}/delete                 ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/consultations/{id}/edit                   ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/equality-assessments/new                       ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/equality-assessments/{id}/edit                 ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/equality-assessments/{id}/delete               ADMIN
            GET  /admin/equality-assessments/{parentId:\\d{1,18}}/assessment-parts/new            ADMIN
            GET  /admin/equality-assessments/{parentId:\\d{1,18}}/assessment-parts/{id}/edit      ADMIN
            GET  /admin/equality-assessments/{parentId:\\d{1,18}}/assessment-parts/{id}/delete    ADMIN
            GET  /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-rows/new                 ADMIN
            GET  /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-rows/{id}/edit           ADMIN
            GET  /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-rows/{id}/delete         ADMIN
            GET  /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-actions/new              ADMIN
            GET  /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-actions/{id}/edit        ADMIN
            GET  /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-actions/{id}/delete      ADMIN
            GET  /admin/protected-characteristics/new                                             ADMIN
            GET  /admin/protected-characteristics/{id}/edit                                       ADMIN
            GET  /admin/protected-characteristics/{id}/delete                                     ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/equality-assessments/new                       ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/equality-assessments/{id}/edit                 ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/equality-assessments/{id}/delete               ADMIN
            POST /admin/equality-assessments/{parentId:\\d{1,18}}/assessment-parts/new            ADMIN
            POST /admin/equality-assessments/{parentId:\\d{1,18}}/assessment-parts/{id}/edit      ADMIN
            POST /admin/equality-assessments/{parentId:\\d{1,18}}/assessment-parts/{id}/delete    ADMIN
            POST /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-rows/new                 ADMIN
            POST /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-rows/{id}/edit           ADMIN
            POST /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-rows/{id}/delete         ADMIN
            POST /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-actions/new              ADMIN
            POST /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-actions/{id}/edit        ADMIN
            POST /admin/assessment-parts/{parentId:\\d{1,18}}/assessment-actions/{id}/delete      ADMIN
            POST /admin/protected-characteristics/new                                             ADMIN
            POST /admin/protected-characteristics/{id}/edit                                       ADMIN
            POST /admin/protected-characteristics/{id}/delete                                     ADMIN
            GET  /admin/protected-characteristics                                                 ADMIN
            GET  /plans/{id:\\d{1,18}}/equality-assessments                                       SIGNED_IN
            GET  /equality-assessments/{id:\\d{1,18}}                                             SIGNED_IN
            GET  /equality-assessments/{id:\\d{1,18}}.pdf                                         SIGNED_IN
            GET  /equality-assessments/{id:\\d{1,18}}.docx                                        SIGNED_IN
            GET  /equality-assessments/{id:\\d{1,18}}/history                                     BOARD_OR_ADMIN
            GET  /admin/committee-reports/{id:\\d{1,18}}/issue                                   ADMIN
            GET  /admin/committee-reports/{parentId:\\d{1,18}}/implications/new                  ADMIN
            GET  /admin/committee-reports/{parentId:\\d{1,18}}/implications/{id}/delete          ADMIN
            GET  /admin/committee-reports/{parentId:\\d{1,18}}/implications/{id}/edit            ADMIN
            GET  /admin/committee-reports/{parentId:\\d{1,18}}/recommendations/new               ADMIN
            GET  /admin/committee-reports/{parentId:\\d{1,18}}/recommendations/{id:\\d{1,18}}/decision ADMIN
            GET  /admin/committee-reports/{parentId:\\d{1,18}}/recommendations/{id}/delete       ADMIN
            GET  /admin/committee-reports/{parentId:\\d{1,18}}/recommendations/{id}/edit         ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/committee-reports/new                    ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/committee-reports/{id}/delete            ADMIN
            GET  /admin/plan-years/{parentId:\\d{1,18}}/committee-reports/{id}/edit              ADMIN
            GET  /committee-reports/{id:\\d{1,18}}                                               BOARD_OR_ADMIN
            GET  /committee-reports/{id:\\d{1,18}}.docx                                          BOARD_OR_ADMIN
            GET  /committee-reports/{id:\\d{1,18}}.pdf                                           BOARD_OR_ADMIN
            GET  /committee-reports/{id:\\d{1,18}}/history                                       BOARD_OR_ADMIN
            GET  /plan-years/{id:\\d{1,18}}/committee-reports                                    BOARD_OR_ADMIN
            POST /admin/committee-reports/{id:\\d{1,18}}/issue                                   ADMIN
            POST /admin/committee-reports/{parentId:\\d{1,18}}/implications/new                  ADMIN
            POST /admin/committee-reports/{parentId:\\d{1,18}}/implications/{id}/delete          ADMIN
            POST /admin/committee-reports/{parentId:\\d{1,18}}/implications/{id}/edit            ADMIN
            POST /admin/committee-reports/{parentId:\\d{1,18}}/recommendations/new               ADMIN
            POST /admin/committee-reports/{parentId:\\d{1,18}}/recommendations/{id:\\d{1,18}}/decision ADMIN
            POST /admin/committee-reports/{parentId:\\d{1,18}}/recommendations/{id}/delete       ADMIN
            POST /admin/committee-reports/{parentId:\\d{1,18}}/recommendations/{id}/edit         ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/committee-reports/new                    ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/committee-reports/{id}/delete            ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/committee-reports/{id}/edit              ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/risks/new                                      ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/risks/{id}/edit                                ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/risks/{id}/delete                              ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/risks/new                                      ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/risks/{id}/edit                                ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/risks/{id}/delete                              ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/vulnerable-groups/new                          ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/vulnerable-groups/{id}/edit                    ADMIN
            GET  /admin/plans/{parentId:\\d{1,18}}/vulnerable-groups/{id}/delete                  ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/vulnerable-groups/new                          ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/vulnerable-groups/{id}/edit                    ADMIN
            POST /admin/plans/{parentId:\\d{1,18}}/vulnerable-groups/{id}/delete                  ADMIN
            GET  /plans/{id:\\d{1,18}}/risks                                                      BOARD_OR_ADMIN
            GET  /plans/{id:\\d{1,18}}/risks.docx                                                 BOARD_OR_ADMIN
            GET  /plans/{id:\\d{1,18}}/risks.pdf                                                  BOARD_OR_ADMIN
            GET  /risks/{id:\\d{1,18}}                                                            BOARD_OR_ADMIN
            GET  /risks/{id:\\d{1,18}}/history                                                    BOARD_OR_ADMIN
            GET  /help/risks                                                                      SIGNED_IN
            GET  /plans/{id:\\d{1,18}}/vulnerable-groups                                          SIGNED_IN
            GET  /vulnerable-groups/{id:\\d{1,18}}                                                SIGNED_IN
            GET  /vulnerable-groups/{id:\\d{1,18}}/history                                        SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/sign-off                                              SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/sign-off/consult                                      BOARD_OR_ADMIN
            POST /plan-years/{id:\\d{1,18}}/sign-off/consult                                      BOARD_OR_ADMIN
            GET  /plan-years/{id:\\d{1,18}}/sign-off/approve                                      BOARD_OR_ADMIN
            POST /plan-years/{id:\\d{1,18}}/sign-off/approve                                      BOARD_OR_ADMIN
            GET  /plan-years/{id:\\d{1,18}}/sign-off/publish                                      ADMIN
            POST /plan-years/{id:\\d{1,18}}/sign-off/publish                                      ADMIN
            GET  /plan-years/{id:\\d{1,18}}/sign-off/supersede                                    ADMIN
            POST /plan-years/{id:\\d{1,18}}/sign-off/supersede                                    ADMIN
            GET  /plan-years/{id:\\d{1,18}}/sign-off/reopen                                       ADMIN
            POST /plan-years/{id:\\d{1,18}}/sign-off/reopen                                       ADMIN
            GET  /plan-years/{id:\\d{1,18}}/report.pdf                                          SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/report.docx                                         SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/report.xlsx                                         SIGNED_IN
            GET  /plan-years/{id:\\d{1,18}}/summary                                             SIGNED_IN
            GET  /plan-years/{yearId}/actions/new                                               BOARD_OR_ADMIN
            GET  /plan-years/{yearId}/indicators/{indicatorId}/edit                             BOARD_OR_ADMIN
            GET  /plans                                                                         SIGNED_IN
            GET  /plans/{id:\\d{1,18}}                                                          SIGNED_IN
            GET  /plans/{id:\\d{1,18}}/new-plan                                                 ADMIN
            GET  /plan-years/{id:\\d{1,18}}/compare                                             SIGNED_IN
            GET  /partnerships/{id:\\d{1,18}}                                                   SIGNED_IN
            GET  /partnerships/{id:\\d{1,18}}/groups/{groupId:\\d{1,18}}                        SIGNED_IN
            GET  /priorities/{id:\\d{1,18}}                                                     SIGNED_IN
            GET  /priorities/{id}/edit                                                          BOARD_OR_ADMIN
            GET  /priorities/{priorityId}/milestones/new                                        BOARD_OR_ADMIN
            GET  /reviews                                                                       SIGNED_IN
            GET  /public                                                                          PUBLIC
            GET  /public/plan-years/{id:\\d{1,18}}                                                PUBLIC
            GET  /public/plan-years/{id:\\d{1,18}}/priorities/{priorityId:\\d{1,18}}              PUBLIC
            GET  /public/plan-years/{id:\\d{1,18}}/{part:actions|indicators|equality}             PUBLIC
            GET  /public/plan-years/{id:\\d{1,18}}/reports                                        PUBLIC
            GET  /public/plan-years/{id:\\d{1,18}}/reports/{reportId:\\d{1,18}}                   PUBLIC
            GET  /public/plan-years/{id:\\d{1,18}}/plan.pdf                                       PUBLIC
            GET  /public/plan-years/{id:\\d{1,18}}/plan.docx                                      PUBLIC
            POST /admin/committee-reports/{id:\\d{1,18}}/public                                   ADMIN
            GET  /session-expired                                                               PUBLIC
            GET  /updates/{id:\\d{1,18}}                                                        SIGNED_IN
            GET  /updates/{id:\\d{1,18}}/history                                                SIGNED_IN
            POST /account/password                                                              SIGNED_IN
            POST /figure-imports/{id:\\d{1,18}}/approve                                         SIGNED_IN
            POST /figure-imports/{id:\\d{1,18}}/confirm                                         SIGNED_IN
            POST /figure-imports/{id:\\d{1,18}}/return                                          SIGNED_IN
            POST /plan-years/{id:\\d{1,18}}/figure-import                                       SIGNED_IN
            POST /plan-years/{id:\\d{1,18}}/next-year                                           ADMIN
            POST /actions/{id}/delete                                                           BOARD_OR_ADMIN
            POST /actions/{id}/edit                                                             BOARD_OR_ADMIN
            POST /admin/accounts/new                                                            ADMIN
            POST /admin/accounts/{id}/deactivate                                                ADMIN
            POST /admin/accounts/{id}/edit                                                      ADMIN
            POST /admin/accounts/{id}/reactivate                                                ADMIN
            POST /admin/accounts/{id}/reset-password                                            ADMIN
            POST /admin/accounts/{id}/unlock                                                    ADMIN
            POST /admin/frameworks/{parentId:\\d{1,18}}/ambitions/{id}/delete                   ADMIN
            POST /admin/frameworks/{parentId:\\d{1,18}}/ambitions/{id}/edit                     ADMIN
            POST /admin/frameworks/new                                                          ADMIN
            POST /admin/frameworks/{parentId:\\d{1,18}}/ambitions/new                           ADMIN
            POST /admin/frameworks/{id}/delete                                                  ADMIN
            POST /admin/frameworks/{id}/edit                                                    ADMIN
            POST /admin/indicator-values/{id}/delete                                            ADMIN
            POST /admin/indicator-values/{id}/edit                                              ADMIN
            POST /admin/indicators/new                                                          ADMIN
            POST /admin/indicators/{id}/delete                                                  ADMIN
            POST /admin/indicators/{id}/edit                                                    ADMIN
            POST /admin/indicators/{indicatorId}/plan-years/new                                 ADMIN
            POST /admin/indicators/{indicatorId}/values/new                                     ADMIN
            POST /admin/partner-kinds/new                                                       ADMIN
            POST /admin/partner-kinds/{id}/delete                                               ADMIN
            POST /admin/partner-kinds/{id}/edit                                                 ADMIN
            POST /admin/partners/import                                                         ADMIN
            POST /admin/partners/new                                                            ADMIN
            POST /admin/partners/{id}/delete                                                    ADMIN
            POST /admin/partners/{id}/edit                                                      ADMIN
            POST /admin/partners/{id}/memberships/new                                           ADMIN
            POST /admin/partners/{id}/memberships/{membershipId}/leave                          ADMIN
            POST /admin/partnerships/new                                                        ADMIN
            POST /admin/partnerships/{id}/delete                                                ADMIN
            POST /admin/partnerships/{id}/edit                                                  ADMIN
            POST /admin/partnerships/{partnershipId}/groups/new                                 ADMIN
            POST /admin/partnerships/{partnershipId}/groups/{groupId}/delete                    ADMIN
            POST /admin/partnerships/{partnershipId}/groups/{groupId}/edit                      ADMIN
            POST /admin/partnerships/{partnershipId}/groups/{groupId}/members/new               ADMIN
            POST /admin/partnerships/{partnershipId}/groups/{groupId}/members/{memberId}/delete ADMIN
            POST /admin/partnerships/{partnershipId}/groups/{groupId}/members/{memberId}/edit   ADMIN
            POST /admin/plan-year-indicators/{id}/delete                                        ADMIN
            POST /admin/plan-year-indicators/{id}/edit                                          ADMIN
            POST /admin/plan-years/{id}/delete                                                  ADMIN
            POST /admin/plan-years/{id}/edit                                                    ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/priority-groups/new                     ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/priorities/new                          ADMIN
            POST /admin/plans/new                                                               ADMIN
            POST /admin/plans/{id}/delete                                                       ADMIN
            POST /admin/plans/{id}/edit                                                         ADMIN
            POST /admin/plans/{planId}/years/new                                                ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/priorities/{id}/delete                  ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/priorities/{id}/edit                    ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/priority-groups/{id}/delete             ADMIN
            POST /admin/plan-years/{parentId:\\d{1,18}}/priority-groups/{id}/edit               ADMIN
            POST /admin/rounds/new                                                              ADMIN
            POST /admin/rounds/{id}/close                                                       ADMIN
            POST /admin/rounds/{id}/edit                                                        ADMIN
            POST /admin/rounds/{id}/items                                                       ADMIN
            POST /admin/rounds/{id}/reminders                                                   ADMIN
            POST /admin/status-settings                                                         ADMIN
            POST /admin/{parents:plans|strategic-objectives}/{parentId}/{part:plan-sections|themes|principles|strategic-objectives|operational-objectives}/new ADMIN
            POST /admin/{part:plan-sections|themes|principles|strategic-objectives|operational-objectives}/{id}/delete ADMIN
            POST /admin/{part:plan-sections|themes|principles|strategic-objectives|operational-objectives}/{id}/edit ADMIN
            POST /indicators/{indicatorId}/targets/new                                          BOARD_OR_ADMIN
            POST /indicators/{indicatorId}/values/{valueId}/target                              BOARD_OR_ADMIN
            POST /login/failed                                                                  SIGNED_IN
            POST /milestones/{id}/delete                                                        BOARD_OR_ADMIN
            POST /milestones/{id}/edit                                                          BOARD_OR_ADMIN
            POST /plans/{id:\\d{1,18}}/new-plan                                                 ADMIN
            POST /plans/{id:\\d{1,18}}/new-plan/confirm                                         ADMIN
            POST /plan-years/{yearId}/actions/new                                               BOARD_OR_ADMIN
            POST /plan-years/{yearId}/indicators/{indicatorId}/edit                             BOARD_OR_ADMIN
            POST /priorities/{id}/edit                                                          BOARD_OR_ADMIN
            POST /priorities/{priorityId}/milestones/new                                        BOARD_OR_ADMIN
            POST /updates/{id:\\d{1,18}}                                                        SIGNED_IN
            POST /updates/{id:\\d{1,18}}/approve                                                SIGNED_IN
            POST /updates/{id:\\d{1,18}}/return                                                 SIGNED_IN
            """;

    private static final String MISSING_ID = "999999";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointIsInTheAccessTable() {
        Set<String> undeclared = new TreeSet<>(endpoints());
        undeclared.removeAll(declared().keySet());
        Set<String> unknown = new TreeSet<>(declared().keySet());
        unknown.removeAll(endpoints());
        assertThat(undeclared).as("endpoints with no entry in the access table").isEmpty();
        assertThat(unknown).as("entries in the access table for endpoints that no longer exist").isEmpty();
    }

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Access> entry : declared().entrySet()) {
            if (!endpoints().contains(entry.getKey())) {
                continue;
            }
            String[] endpoint = entry.getKey().split(" ");
            for (Caller caller : Caller.values()) {
                MockHttpServletResponse response = call(HttpMethod.valueOf(endpoint[0]), endpoint[1], entry.getValue(), caller);
                String outcome = outcome(response);
                String expected = caller.mayUse(entry.getValue()) ? "allowed" : caller.refusal();
                if (!outcome.equals(expected)) {
                    wrong.add("%s as %s: expected %s, got %s (%d)".formatted(entry.getKey(), caller, expected, outcome,
                            response.getStatus()));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletResponse call(HttpMethod method, String pattern, Access access, Caller caller)
            throws Exception {
        // A variable may hold a pattern with braces of its own, as {id:\\d{1,18}}.
        String path = pattern.replaceAll("\\{(?:[^{}]|\\{[^{}]*})*}", MISSING_ID);
        MockHttpServletRequestBuilder request = request(method, path);
        if (access == Access.ERROR_PAGE) {
            request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404);
        }
        if (method != HttpMethod.GET) {
            request.with(csrf());
        }
        if (caller.role != null) {
            request.with(user(caller.username).roles(caller.role));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 302 && location != null && location.endsWith("/login")) {
            return "sent to sign in";
        }
        if (status == 403) {
            return "refused";
        }
        if (status >= 500) {
            return "server error";
        }
        return "allowed";
    }

    /** "METHOD pattern" for every mapped endpoint; a mapping without methods answers GET. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        return endpoints;
    }

    private static Map<String, Access> declared() {
        return TABLE.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0] + " " + parts[1], parts -> Access.valueOf(parts[2]),
                        (a, b) -> {
                            throw new IllegalStateException("an endpoint is listed twice in the access table");
                        }, TreeMap::new));
    }

    private enum Caller {
        ANONYMOUS(null, null), OFFICER("officer", "OFFICER"), BOARD("board", "BOARD"), ADMIN("admin", "ADMIN");

        private final String username;
        private final String role;

        Caller(String username, String role) {
            this.username = username;
            this.role = role;
        }

        boolean mayUse(Access access) {
            return switch (access) {
                case PUBLIC, ERROR_PAGE -> true;
                case SIGNED_IN -> this != ANONYMOUS;
                case BOARD_OR_ADMIN -> this == BOARD || this == ADMIN;
                case ADMIN -> this == ADMIN;
            };
        }

        String refusal() {
            return this == ANONYMOUS ? "sent to sign in" : "refused";
        }

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }
}
