package uk.partnershipplans.portal.support;

/** What the demo data is called, for tests that read it. */
public final class DemoData {

    /** The demo plan whose 2013-14 year reproduces the council papers. */
    public static final String PLAN_2011 = "Children, Young People and Families Plan 2011-14";

    /** The later demo plan, of two years. */
    public static final String PLAN_2014 = "Children, Young People and Families Plan 2014-16";

    private DemoData() {
    }
}
