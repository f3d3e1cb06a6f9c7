package uk.partnershipplans.portal.reporting.figures;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.FigureImports.Figure;
import uk.partnershipplans.portal.plan.ProgressRecords.Period;
import uk.partnershipplans.portal.shared.Figures;

/**
 * What an import keeps in SQL of its own: the file as uploaded, its problems and its rows, each written in batches of
 * {@value #BATCH} (one statement per batch, not per row) and read a page at a time; and what the import needs to know of
 * rounds: the indicators an account reports in a year's open round, and who leads each priority there.
 */
@Component
@RequiredArgsConstructor
class FigureImportStore {

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    /** A problem as the page lists it. */
    record ShownProblem(Long row, String column, String message) {
    }

    /** A row as the page lists it. */
    record ShownRow(long row, Long indicatorId, String periodLabel, BigDecimal figure, boolean provisional,
            BigDecimal nationalAverage, BigDecimal statisticalNeighbour, String nationalComparison, String note) {
    }

    /** A plan year someone may import figures for. */
    record Year(Long id, String planTitle, String label, Long partnershipId) {
    }

    Long upload(Long planYearId, String filename, byte[] content, String username, Long accountId, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into figure_import (plan_year_id, filename, content, imported_by, importer_id, uploaded_at, state)
                    values (?, ?, ?, ?, ?, ?, 'CHECKING')""", new String[] {"id"});
            insert.setLong(1, planYearId);
            insert.setString(2, filename);
            insert.setBytes(3, content);
            insert.setString(4, username);
            insert.setObject(5, accountId, Types.BIGINT);
            insert.setTimestamp(6, Timestamp.from(now));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    byte[] content(Long importId) {
        return jdbc.queryForObject("select content from figure_import where id = ?", byte[].class, importId);
    }

    /** Collects rows and writes them a batch at a time. */
    final class RowWriter {

        private final Long importId;
        private final List<Object[]> pending = new ArrayList<>();

        RowWriter(Long importId) {
            this.importId = importId;
        }

        void add(long row, Figure f) {
            pending.add(new Object[] {importId, row, f.indicatorId(), f.period().label(), f.period().end(), f.figure(),
                    Figures.decimalsOf(f.figure()), f.provisional(), f.nationalAverage(),
                    Figures.decimalsOf(f.nationalAverage()), f.statisticalNeighbour(),
                    Figures.decimalsOf(f.statisticalNeighbour()), f.nationalComparison(), f.note()});
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                jdbc.batchUpdate("""
                        insert into figure_import_row (import_id, row_number, indicator_id, period_label, period_end, figure,
                            figure_decimals, provisional, national_average, national_average_decimals,
                            statistical_neighbour, statistical_neighbour_decimals, national_comparison, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", pending, new int[] {Types.BIGINT,
                        Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE, Types.NUMERIC, Types.INTEGER,
                        Types.BOOLEAN, Types.NUMERIC, Types.INTEGER, Types.NUMERIC, Types.INTEGER, Types.VARCHAR,
                        Types.VARCHAR});
                pending.clear();
            }
        }
    }

    RowWriter rowWriter(Long importId) {
        return new RowWriter(importId);
    }

    void forgetRows(Long importId) {
        jdbc.update("delete from figure_import_row where import_id = ?", importId);
    }

    void keepProblems(Long importId, List<ShownProblem> problems) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            ShownProblem p = problems.get(i);
            rows.add(new Object[] {importId, i, p.row(), p.column(), p.message()});
        }
        jdbc.batchUpdate("insert into figure_import_problem (import_id, position, row_number, column_name, message)"
                + " values (?, ?, ?, ?, ?)", rows, new int[] {Types.BIGINT, Types.INTEGER, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR});
    }

    List<ShownProblem> problems(Long importId) {
        return jdbc.query("select row_number, column_name, message from figure_import_problem where import_id = ?"
                + " order by position", (rs, i) -> new ShownProblem(rs.getObject("row_number", Long.class),
                rs.getString("column_name"), rs.getString("message")), importId);
    }

    List<ShownRow> rows(Long importId, int offset, int limit) {
        return jdbc.query("""
                select * from figure_import_row where import_id = ? order by row_number limit ? offset ?""",
                (rs, i) -> shownRow(rs), importId, limit, offset);
    }

    /** Every row's figure, in the file's order, to write to the plan. */
    List<Figure> figures(Long importId) {
        return jdbc.query("select * from figure_import_row where import_id = ? order by row_number", (rs, i) -> {
            ShownRow row = shownRow(rs);
            return new Figure(row.indicatorId(), new Period(row.periodLabel(), rs.getDate("period_end").toLocalDate()),
                    row.figure(), row.provisional(), row.nationalAverage(), row.statisticalNeighbour(),
                    row.nationalComparison(), row.note());
        }, importId);
    }

    Set<Long> indicatorsOf(Long importId) {
        return Set.copyOf(jdbc.queryForList("select distinct indicator_id from figure_import_row where import_id = ?",
                Long.class, importId));
    }

    /** The indicators the account is asked to update in the year's open round. */
    Set<Long> reportedBy(Long accountId, Long planYearId) {
        if (accountId == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList("""
                select distinct u.indicator_id from progress_update u join reporting_round r on r.id = u.round_id
                where r.plan_year_id = ? and r.closed_at is null and u.assignee_id = ? and u.indicator_id is not null""",
                Long.class, planYearId, accountId));
    }

    /** Who leads each priority in the year's open round: priority id to account id. */
    Map<Long, Long> leadsInOpenRound(Long planYearId) {
        return jdbc.query("""
                select l.priority_id, l.account_id from reporting_round_lead l join reporting_round r on r.id = l.round_id
                where r.plan_year_id = ? and r.closed_at is null""", (rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)),
                planYearId).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** Every plan year, with its plan; {@code onlyReportedBy} not null: only those where the account reports an indicator. */
    List<Year> years(Long onlyReportedBy) {
        String reported = onlyReportedBy == null ? "" : """
                where exists (select 1 from progress_update u join reporting_round r on r.id = u.round_id
                              where r.plan_year_id = y.id and r.closed_at is null and u.assignee_id = ?
                                and u.indicator_id is not null)""";
        Object[] args = onlyReportedBy == null ? new Object[0] : new Object[] {onlyReportedBy};
        return jdbc.query("select y.id, p.title, y.label, p.partnership_id from plan_year y join plan p on p.id = y.plan_id "
                + reported + " order by p.title, y.start_date", (rs, i) -> new Year(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getLong(4)), args);
    }

    private static ShownRow shownRow(java.sql.ResultSet rs) throws SQLException {
        return new ShownRow(rs.getLong("row_number"), rs.getLong("indicator_id"), rs.getString("period_label"),
                Figures.withDecimals(rs.getBigDecimal("figure"), rs.getObject("figure_decimals", Integer.class)),
                rs.getBoolean("provisional"),
                Figures.withDecimals(rs.getBigDecimal("national_average"),
                        rs.getObject("national_average_decimals", Integer.class)),
                Figures.withDecimals(rs.getBigDecimal("statistical_neighbour"),
                        rs.getObject("statistical_neighbour_decimals", Integer.class)),
                rs.getString("national_comparison"), rs.getString("note"));
    }
}
