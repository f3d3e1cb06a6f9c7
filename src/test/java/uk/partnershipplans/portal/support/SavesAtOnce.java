package uk.partnershipplans.portal.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

/**
 * People pressing "Save" on the same form at the same instant: each opens the form in their own session, types into
 * it, and all the forms are sent together. What each person saw comes back as {@link #SAVED}, {@link #CHANGED_MEANWHILE}
 * or, for anything else, its status and heading.
 */
public final class SavesAtOnce {

    public static final String SAVED = "saved";
    public static final String CHANGED_MEANWHILE = "changed meanwhile";

    private SavesAtOnce() {
    }

    /** {@code typed} gives what person {@code i} types, by field name; every field named must be on the form. */
    public static List<String> save(String path, List<PortalHttp> people, IntFunction<Map<String, String>> typed) {
        List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
        for (int person = 0; person < people.size(); person++) {
            PortalHttp http = people.get(person);
            Page.Form form = typeInto(Page.of(http.get(path).body()).form("form[action=\"" + path + "\"]"),
                    typed.apply(person));
            saves.add(() -> http.submit(path, form));
        }
        return AtOnce.run(saves).stream().map(SavesAtOnce::outcome).toList();
    }

    private static Page.Form typeInto(Page.Form form, Map<String, String> typed) {
        List<String> names = form.fields().stream().map(Map.Entry::getKey).toList();
        if (!names.containsAll(typed.keySet())) {
            throw new IllegalArgumentException("The form has no field for some of " + typed.keySet() + ": it has " + names);
        }
        Page.Form filled = form;
        for (Map.Entry<String, String> field : typed.entrySet()) {
            filled = filled.with(field.getKey(), field.getValue());
        }
        return filled;
    }

    private static String outcome(HttpResponse<String> answer) {
        if (answer.statusCode() == 302) {
            return SAVED;
        }
        Page page = Page.of(answer.body());
        if (answer.statusCode() == 200 && page.hasErrorSummary()
                && page.errorSummary().stream().anyMatch(link -> link.text().startsWith("Someone else saved this"))) {
            return CHANGED_MEANWHILE;
        }
        return answer.statusCode() + " " + page.h1() + " " + page.errorSummaryLinks();
    }
}
