package uk.partnershipplans.portal.refresh.next;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What changed when a year was started from the one before: for everyone who may read the year. */
@Controller
@RequiredArgsConstructor
class ChangeLogController {

    private final ChangeLogs logs;

    @GetMapping("/plan-years/{id:\\d{1,18}}/changes")
    String changes(@PathVariable Long id, Model model) {
        model.addAttribute("log", logs.of(id));
        return "refresh/next/changes";
    }
}
