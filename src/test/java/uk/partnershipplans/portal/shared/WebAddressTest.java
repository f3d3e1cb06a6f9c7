package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void anAbsoluteHttpOrHttpsAddressWithAHostIsAWebAddress() {
        for (String address : new String[] {"https://www.nottinghamshire.gov.uk/childpoverty", "http://example.org",
                " HTTPS://example.org/a?b=c "}) {
            assertThat(WebAddress.Rule.isValid(address)).as(address).isTrue();
        }
    }

    @Test
    void anythingElseIsNot() {
        for (String address : new String[] {"javascript:alert(1)", "data:text/html,x", "www.nottinghamshire.gov.uk",
                "http://", "http://exa mple.org", "ftp://example.org", "not a web address", ""}) {
            assertThat(WebAddress.Rule.isValid(address)).as(address).isFalse();
        }
        assertThat(WebAddress.Rule.isValid(null)).isFalse();
    }

    @Test
    void aFormFieldMayBeLeftBlankButNotFilledInWrongly() {
        WebAddress.Validator validator = new WebAddress.Validator();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid("  ", null)).isTrue();
        assertThat(validator.isValid("https://example.org", null)).isTrue();
        assertThat(validator.isValid("example.org", null)).isFalse();
    }
}
