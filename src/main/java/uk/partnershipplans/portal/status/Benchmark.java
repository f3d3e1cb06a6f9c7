package uk.partnershipplans.portal.status;

/** What an indicator's figure is compared with, in this order of preference. */
enum Benchmark {
    TARGET, NATIONAL_AVERAGE, STATISTICAL_NEIGHBOUR
}
