package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A link an approved report gave as evidence: its title and address. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReportLink {

    private String title;

    private String url;

    public ReportLink(String title, String url) {
        this.title = title;
        this.url = url;
    }
}
