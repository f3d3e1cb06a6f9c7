package uk.partnershipplans.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;

/** The period labels of the documents: when each period ends and which kind of period it is. */
class ReportingPeriodsTest {

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            2012/13 Q1          | 2012-06-30 | QUARTER
            2012/13 Q3          | 2012-12-31 | QUARTER
            2012/13 Q4          | 2013-03-31 | QUARTER
            2012/13 Q4 & annual | 2013-03-31 | FINANCIAL_YEAR
            2012/13 annual      | 2013-03-31 | FINANCIAL_YEAR
            2011/12 academic    | 2012-08-31 | ACADEMIC_YEAR
            2011 annual         | 2011-12-31 | CALENDAR_YEAR
            September 2012      |            |
            Quarterly           |            |
            """)
    void readsALabel(String label, LocalDate end, PeriodType type) {
        assertThat(ReportingPeriods.endOf(label).orElse(null)).isEqualTo(end);
        assertThat(ReportingPeriods.typeOf(label).orElse(null)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            QUARTER        | 2013-09-30 | 2013/14 Q2       | 2013-09-30
            QUARTER        | 2013-09-29 | 2013/14 Q1       | 2013-06-30
            QUARTER        | 2014-03-31 | 2013/14 Q4       | 2014-03-31
            QUARTER        | 2014-02-15 | 2013/14 Q3       | 2013-12-31
            FINANCIAL_YEAR | 2014-03-31 | 2013/14 annual   | 2014-03-31
            FINANCIAL_YEAR | 2013-09-30 | 2012/13 annual   | 2013-03-31
            ACADEMIC_YEAR  | 2014-03-31 | 2012/13 academic | 2013-08-31
            ACADEMIC_YEAR  | 2013-08-31 | 2012/13 academic | 2013-08-31
            CALENDAR_YEAR  | 2014-03-31 | 2013 annual      | 2013-12-31
            CALENDAR_YEAR  | 2013-12-31 | 2013 annual      | 2013-12-31
            """)
    void findsTheLastPeriodEndingByADay(PeriodType type, LocalDate day, String label, LocalDate end) {
        ProgressRecords.Period period = ReportingPeriods.latestEndingBy(type, day);
        assertThat(period.label()).isEqualTo(label);
        assertThat(period.end()).isEqualTo(end);
        assertThat(ReportingPeriods.typeOf(label)).contains(type);
        assertThat(ReportingPeriods.endOf(label)).contains(end);
    }
}
