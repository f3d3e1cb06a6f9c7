package uk.partnershipplans.portal.status;

/**
 * What an indicator's figure is compared with, in this order of preference; last, for an indicator no figure rates, a
 * comparison with the national average given in words.
 */
enum Benchmark {
    TARGET, NATIONAL_AVERAGE, STATISTICAL_NEIGHBOUR, NATIONAL_IN_WORDS
}
