package uk.partnershipplans.portal.plan.edit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/**
 * The priority edit form: its number, title and lead, its narrative sections in order, and its related strategies and
 * links. A mutable class rather than a record because the page adds, removes and reorders sections and links before
 * anything is saved. Rules about each section and link, which name the section in their messages, are in
 * {@link PriorityEditService}.
 */
@Getter
@Setter
class PriorityForm extends VersionedForm {

    @NotBlank(message = "{edit.priority.number.required}")
    @Size(max = 20, message = "{edit.priority.number.size}")
    private String number;

    @NotBlank(message = "{edit.priority.title.required}")
    @Size(max = 500, message = "{edit.priority.title.size}")
    private String title;

    @Size(max = 5000, message = "{edit.priority.lead.size}")
    private String leadResponsibility;

    private List<Section> sections = new ArrayList<>();

    private List<Link> links = new ArrayList<>();

    /** One narrative section; {@code id} is empty for a section added on the page. */
    @Getter
    @Setter
    static class Section {

        private Long id;
        private String heading = "";
        private String body = "";

        Section() {
        }

        Section(Long id, String heading, String body) {
            this.id = id;
            this.heading = heading;
            this.body = body;
        }

        /** Enough rows to show the text without scrolling, within reason: about 60 characters fit on a row. */
        public int rows() {
            int rows = 1;
            for (String line : (body == null ? "" : body).split("\n", -1)) {
                rows += 1 + line.length() / 60;
            }
            return Math.max(5, Math.min(rows, 30));
        }

        /** The body's lines that have something on them, for showing a saved version next to what was typed. */
        public List<String> lines() {
            return body == null ? List.of()
                    : Arrays.stream(body.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    /** A related strategy or link: a title and, optionally, a web address. */
    @Getter
    @Setter
    static class Link {

        private String title = "";
        private String url = "";

        Link() {
        }

        Link(String title, String url) {
            this.title = title;
            this.url = url == null ? "" : url;
        }
    }
}
