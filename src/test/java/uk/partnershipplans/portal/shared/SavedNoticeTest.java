package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;

class SavedNoticeTest {

    private final SavedNotice notice = new SavedNotice();

    @Test
    void aFormPostThatRedirectsTellsTheNextPageTheChangeWasSaved() {
        assertThat(flashAfter("POST", "redirect:/priorities/1")).containsEntry("changeSaved", true);
    }

    @Test
    void aFormShownAgainWithErrorsSaysNothingWasSaved() {
        assertThat(flashAfter("POST", "plan/edit/priority")).doesNotContainKey("changeSaved");
    }

    @Test
    void aRedirectAfterReadingSaysNothing() {
        assertThat(flashAfter("GET", "redirect:/admin")).doesNotContainKey("changeSaved");
    }

    private Map<String, Object> flashAfter(String method, String view) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/somewhere");
        FlashMap flash = new FlashMap();
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);
        notice.postHandle(request, new MockHttpServletResponse(), new Object(), new ModelAndView(view));
        return flash;
    }
}
