package uk.partnershipplans.portal.governance.risk;

/**
 * The rating of a risk from its score (likelihood × impact, each 1 to 5), the one rule the register, the risk's page
 * and the help page ({@code /help/risks}) use: a score of 1 to 6 is green, 8 to 12 amber, 15 to 25 red. (No product
 * of two numbers from 1 to 5 falls between 6 and 8 or between 12 and 15.)
 */
public enum RiskRating {

    RED(15, 25), AMBER(8, 12), GREEN(1, 6);

    /** The lowest and highest scores of the rating. */
    private final int lowest;
    private final int highest;

    RiskRating(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    static RiskRating of(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("A risk's score is from 1 to 25, not " + score);
        }
        return score < AMBER.lowest ? GREEN : score < RED.lowest ? AMBER : RED;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }
}
