package uk.partnershipplans.portal.reporting.figures;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.account.AccountDirectory;
import uk.partnershipplans.portal.plan.FigureImports;
import uk.partnershipplans.portal.plan.FigureImports.Figure;
import uk.partnershipplans.portal.plan.FigureImports.YearIndicator;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.reporting.figures.FigureImport.State;
import uk.partnershipplans.portal.reporting.figures.FigureImportStore.ShownProblem;
import uk.partnershipplans.portal.reporting.figures.FigureImportStore.Year;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Reach;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.StaleEdit;

/**
 * Figures imported from a spreadsheet for a plan year. An officer imports figures for the indicators they are asked to
 * update in the year's open round; an admin for any indicator of a year in their reach. The file is kept and checked
 * in the background, row by row ({@link FigureCheck}); its page shows how far the check has gone, then every problem
 * by row and column, or, when every row is valid, its rows and a button to confirm. Confirmed, it waits for approval
 * as a whole by the people who approve updates: an admin of the partnership, or the lead of the primary priority of
 * every indicator in it in the open round; never its importer. Only approval writes its figures to the plan
 * ({@link FigureImports#record}), marked as imported by whom from which file; a return sends it back with a comment,
 * and nothing is written.
 */
@Service
public class FigureImportService {

    /** The largest file taken: far more than 10,000 rows of figures. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** How many problems are kept and listed: enough to see what is wrong with any file. */
    static final int PROBLEMS_KEPT = 500;
    /** How often the check says how far it has gone, in rows. */
    private static final int PROGRESS_EVERY = 250;

    private static final Logger LOG = LoggerFactory.getLogger(FigureImportService.class);

    private final FigureImportRepository imports;
    private final FigureImportStore store;
    private final FigureImports planFigures;
    private final PlanFacts planFacts;
    private final AccountDirectory accounts;
    private final Reaches reaches;
    private final MessageSource messages;
    private final Clock clock;
    private final ImportProgress progress;
    private final TransactionTemplate transaction;
    private final ExecutorService checks = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "figure-import-check");
        thread.setDaemon(true);
        return thread;
    });

    FigureImportService(FigureImportRepository imports, FigureImportStore store, FigureImports planFigures,
            PlanFacts planFacts, AccountDirectory accounts, Reaches reaches, MessageSource messages, Clock clock,
            ImportProgress progress, PlatformTransactionManager transactions) {
        this.imports = imports;
        this.store = store;
        this.planFigures = planFigures;
        this.planFacts = planFacts;
        this.accounts = accounts;
        this.reaches = reaches;
        this.messages = messages;
        this.clock = clock;
        this.progress = progress;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The signed-in person as the rules see them. */
    record Viewer(String username, Long accountId, boolean admin, Reach reach) {
    }

    /** A plan year the viewer may import figures for, with the indicators they may import. */
    record ImportYear(Long id, String planTitle, String label, List<YearIndicator> indicators) {
    }

    /** An import as its page shows it. */
    record ImportPage(FigureImport record, String planTitle, String yearLabel, ImportProgress.Checked checked,
            List<ShownProblem> problems, Page<ImportPageRow> rows, boolean importer, boolean decidable) {
    }

    /** A row of an import as its page lists it, with the indicator's name. */
    record ImportPageRow(long row, String indicator, FigureImportStore.ShownRow figures) {
    }

    /** An import waiting for the viewer's decision, for the reviews page. */
    public record Waiting(Long id, String filename, String yearLabel, int rows, String importedBy, Instant submittedAt) {
    }

    Viewer viewer(Authentication authentication) {
        return new Viewer(authentication.getName(), accounts.idOf(authentication.getName()).orElse(null),
                Role.ADMIN.isHeldBy(authentication), reaches.of(authentication));
    }

    /** The years the viewer may import figures for. */
    List<Year> years(Viewer viewer) {
        return store.years(viewer.admin() ? null : viewer.accountId()).stream()
                .filter(year -> viewer.reach().includes(year.partnershipId()))
                .filter(year -> viewer.admin() || !store.reportedBy(viewer.accountId(), year.id()).isEmpty())
                .toList();
    }

    /** The viewer's latest imports. */
    List<FigureImport> latest(Viewer viewer) {
        return imports.findByImportedByOrderByUploadedAtDesc(viewer.username(),
                PageRequest.of(0, 20));
    }

    /** The year with the indicators the viewer may import figures for (none for someone who may import none). */
    ImportYear year(Long yearId, Viewer viewer) {
        YearFacts year = planFacts.year(yearId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Set<Long> permitted = permitted(year, viewer);
        return new ImportYear(year.id(), year.plan().title(), year.label(),
                planFigures.ofYear(yearId).stream().filter(i -> permitted.contains(i.id())).toList());
    }

    /**
     * Keeps the file and starts its check; the import's id. A file that is empty, too large or not one the viewer may
     * import anything with is refused at once.
     */
    Long upload(Long yearId, String filename, byte[] content, Viewer viewer) {
        ImportYear year = year(yearId, viewer);
        if (year.indicators().isEmpty()) {
            throw Refusal.of("file", "figures.upload.nothing-to-import");
        }
        if (content.length == 0) {
            throw Refusal.of("file", "figures.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw Refusal.of("file", "figures.file.too-large");
        }
        String name = filename == null || filename.isBlank() ? "figures" : filename.replaceAll("[\\p{Cntrl}/\\\\]", "");
        Long id = transaction.execute(status -> store.upload(yearId, name.length() > 255 ? name.substring(0, 255) : name,
                content, viewer.username(), viewer.accountId(), clock.instant()));
        Set<Long> permitted = year.indicators().stream().map(YearIndicator::id).collect(Collectors.toSet());
        progress.checked(id, 0, 0);
        checks.execute(() -> check(id, yearId, permitted));
        return id;
    }

    /**
     * Checks the import's file, row by row, and keeps what it found: every valid row, or (when any row has a problem)
     * the first {@value #PROBLEMS_KEPT} problems and none of the rows. Runs in the background; its progress is in
     * {@link ImportProgress}.
     */
    void check(Long importId, Long yearId, Set<Long> permitted) {
        try {
            byte[] content = store.content(importId);
            long of = Math.max(SpreadsheetRows.count(content) - 1, 0);
            progress.checked(importId, 0, of);
            YearFacts year = planFacts.year(yearId).orElseThrow();
            FigureCheck check = new FigureCheck(planFigures.ofYear(yearId), permitted, year.label(), LocalDate.now(clock),
                    column -> text(column.messageCode()));
            transaction.executeWithoutResult(status -> {
                FigureImportStore.RowWriter rows = store.rowWriter(importId);
                List<ShownProblem> problems = new ArrayList<>();
                int[] counts = new int[2]; // figures, problems
                boolean[] headingsRefused = {false};
                long[] lastRow = {0};
                SpreadsheetRows.read(content, (number, cells) -> {
                    lastRow[0] = number;
                    List<FigureCheck.Problem> found = List.of();
                    if (number == 1) {
                        found = check.headings(cells);
                        headingsRefused[0] = !found.isEmpty();
                    } else if (!headingsRefused[0]) {
                        // a row is checked whatever came before, so that every problem is counted; written only while
                        // none has been found, and forgotten at the end if any has
                        FigureCheck.Checked checked = check.row(number, cells);
                        found = checked.problems();
                        if (checked.figure() != null) {
                            counts[0]++;
                            if (counts[1] == 0) {
                                rows.add(number, checked.figure());
                            }
                        }
                    }
                    for (FigureCheck.Problem problem : found) {
                        if (problems.size() < PROBLEMS_KEPT) {
                            problems.add(new ShownProblem(problem.row(), problem.column(), text(problem.message())));
                        }
                        counts[1]++;
                    }
                    if (number > 1 && (number - 1) % PROGRESS_EVERY == 0) {
                        progress.checked(importId, number - 1, of);
                    }
                });
                if (lastRow[0] <= 1 && counts[1] == 0) {
                    problems.add(new ShownProblem(null, null, text("figures.file.no-rows")));
                    counts[1]++;
                } else if (counts[0] == 0 && counts[1] == 0) {
                    problems.add(new ShownProblem(null, null, text("figures.file.no-figures")));
                    counts[1]++;
                }
                finish(importId, rows, problems, counts[0], counts[1]);
            });
        } catch (SpreadsheetRows.Unreadable unreadable) {
            transaction.executeWithoutResult(status -> finish(importId, null,
                    List.of(new ShownProblem(null, null, text(unreadable.code()))), 0, 1));
        } catch (RuntimeException e) {
            LOG.warn("The check of figure import {} failed", importId, e);
            transaction.executeWithoutResult(status -> finish(importId, null,
                    List.of(new ShownProblem(null, null, text("figures.file.failed"))), 0, 1));
        } finally {
            progress.done(importId);
        }
    }

    private void finish(Long importId, FigureImportStore.RowWriter rows, List<ShownProblem> problems, int figures,
            int problemCount) {
        if (problemCount == 0) {
            rows.flush();
        } else {
            store.forgetRows(importId);
            store.keepProblems(importId, problems);
        }
        FigureImport record = imports.findById(importId).orElseThrow();
        record.checked(problemCount == 0 ? figures : 0, problemCount);
    }

    /** The import as its page shows it, to those who may see it; to anybody else it does not exist. */
    ImportPage page(Long id, int page, Viewer viewer) {
        FigureImport record = visible(id, viewer);
        YearFacts year = planFacts.year(record.getPlanYearId()).orElseThrow();
        Map<Long, String> names = year.indicators().stream()
                .collect(Collectors.toMap(PlanFacts.IndicatorFacts::id, PlanFacts.IndicatorFacts::name));
        int pages = Math.max(1, (record.getRowCount() + ROWS_SHOWN - 1) / ROWS_SHOWN);
        int shown = Math.min(Math.max(page, 1), pages);
        List<ImportPageRow> rows = record.getRowCount() == 0 ? List.of()
                : store.rows(id, (shown - 1) * ROWS_SHOWN, ROWS_SHOWN).stream()
                        .map(row -> new ImportPageRow(row.row(), names.getOrDefault(row.indicatorId(), ""), row))
                        .toList();
        return new ImportPage(record, year.plan().title(), year.label(), progress.of(id).orElse(null),
                record.getState() == State.HAS_PROBLEMS ? store.problems(id) : List.of(),
                new PageImpl<>(rows, PageRequest.of(shown - 1, ROWS_SHOWN), record.getRowCount()), isImporter(record, viewer), decidable(record, viewer));
    }

    /** How many rows an import's page lists at a time. */
    static final int ROWS_SHOWN = 50;

    /** The importer sends a valid import for approval. */
    void confirm(Long id, long version, Viewer viewer) {
        transaction.executeWithoutResult(status -> {
            FigureImport record = visible(id, viewer);
            if (!isImporter(record, viewer)) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            if (record.getState() != State.VALID) {
                throw Refusal.of(null, "figures.confirm.not-valid");
            }
            StaleEdit.check(version, record.getVersion());
            record.submit(clock.instant());
            imports.flush();
        });
    }

    /** Approves a submitted import: its figures go to the plan, or, if any period has gained a figure, nothing does. */
    void approve(Long id, long version, Viewer viewer) {
        transaction.executeWithoutResult(status -> {
            FigureImport record = deciding(id, version, viewer);
            List<Figure> taken = planFigures.record(store.figures(id), record.getImportedBy(), record.getFilename());
            if (!taken.isEmpty()) {
                YearFacts year = planFacts.year(record.getPlanYearId()).orElseThrow();
                String name = year.indicators().stream().filter(i -> i.id().equals(taken.get(0).indicatorId()))
                        .map(PlanFacts.IndicatorFacts::name).findFirst().orElse("");
                throw Refusal.of(null, "figures.approve.taken", taken.size(), name, taken.get(0).period().label());
            }
            record.approve(viewer.username(), clock.instant());
            imports.flush();
        });
    }

    /** Returns a submitted import to its importer with the reason; nothing is written to the plan. */
    void giveBack(Long id, long version, String comment, Viewer viewer) {
        String reason = Forms.optional(comment);
        if (reason == null) {
            throw Refusal.of("returnComment", "figures.returnComment.required");
        }
        if (reason.length() > 2000) {
            throw Refusal.of("returnComment", "figures.returnComment.size");
        }
        transaction.executeWithoutResult(status -> {
            FigureImport record = deciding(id, version, viewer);
            record.giveBack(reason, viewer.username(), clock.instant());
            imports.flush();
        });
    }

    /** The imports waiting for the viewer's decision, oldest first. */
    public List<Waiting> waiting(Authentication authentication) {
        Viewer viewer = viewer(authentication);
        return imports.findByStateOrderBySubmittedAt(State.SUBMITTED).stream()
                .filter(record -> decidable(record, viewer))
                .map(record -> new Waiting(record.getId(), record.getFilename(),
                        planFacts.year(record.getPlanYearId()).map(y -> y.plan().title() + " " + y.label()).orElse(""),
                        record.getRowCount(), record.getImportedBy(), record.getSubmittedAt()))
                .toList();
    }

    @PreDestroy
    void stopChecking() {
        checks.shutdownNow();
    }

    private FigureImport deciding(Long id, long version, Viewer viewer) {
        FigureImport record = visible(id, viewer);
        if (!reviews(record, viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (isImporter(record, viewer)) {
            throw Refusal.of(null, "figures.decision.own");
        }
        if (record.getState() != State.SUBMITTED) {
            throw Refusal.of(null, "figures.decision.not-submitted");
        }
        StaleEdit.check(version, record.getVersion());
        return record;
    }

    /** The import, if the viewer may see it: its importer, and those who review it. */
    private FigureImport visible(Long id, Viewer viewer) {
        FigureImport record = imports.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (isImporter(record, viewer) || reviews(record, viewer)) {
            return record;
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private boolean decidable(FigureImport record, Viewer viewer) {
        return record.getState() == State.SUBMITTED && !isImporter(record, viewer) && reviews(record, viewer);
    }

    private static boolean isImporter(FigureImport record, Viewer viewer) {
        return viewer.username().equals(record.getImportedBy());
    }

    /**
     * Admins review the imports of years in their reach; the lead of a priority in the year's open round reviews an
     * import whose every indicator has its primary priority led by them, as they would its updates.
     */
    private boolean reviews(FigureImport record, Viewer viewer) {
        Optional<YearFacts> year = planFacts.year(record.getPlanYearId());
        if (year.isEmpty() || !viewer.reach().includes(year.get().plan().partnershipId())) {
            return false;
        }
        if (viewer.admin()) {
            return true;
        }
        if (viewer.accountId() == null || record.getState() == State.CHECKING) {
            return false;
        }
        Map<Long, Long> leads = store.leadsInOpenRound(record.getPlanYearId());
        if (!leads.containsValue(viewer.accountId())) {
            return false;
        }
        Set<Long> indicators = store.indicatorsOf(record.getId());
        return !indicators.isEmpty() && year.get().indicators().stream().filter(i -> indicators.contains(i.id()))
                .allMatch(i -> i.measures().stream().filter(PlanFacts.Measures::primary)
                        .anyMatch(m -> viewer.accountId().equals(leads.get(m.priorityId()))));
    }

    private Set<Long> permitted(YearFacts year, Viewer viewer) {
        if (!viewer.reach().includes(year.plan().partnershipId())) {
            return Set.of();
        }
        if (viewer.admin()) {
            return year.indicators().stream().map(PlanFacts.IndicatorFacts::id).collect(Collectors.toSet());
        }
        return store.reportedBy(viewer.accountId(), year.id());
    }

    private String text(String code) {
        return messages.getMessage(code, null, Locale.UK);
    }

    private String text(org.springframework.context.MessageSourceResolvable message) {
        return messages.getMessage(message, Locale.UK);
    }
}
