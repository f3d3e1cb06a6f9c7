package uk.partnershipplans.portal.partner.csv;

import static uk.partnershipplans.portal.partner.csv.OrganisationCsv.key;
import static uk.partnershipplans.portal.partner.csv.OrganisationCsv.resolvable;
import static uk.partnershipplans.portal.partner.csv.OrganisationCsv.shortened;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.admin.LeaveForm;
import uk.partnershipplans.portal.partner.admin.MembershipForm;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin;
import uk.partnershipplans.portal.partner.admin.OrganisationForm;
import uk.partnershipplans.portal.partner.csv.OrganisationCsv.Column;
import uk.partnershipplans.portal.partner.csv.OrganisationCsv.Layout;
import uk.partnershipplans.portal.partner.csv.OrganisationCsv.MembershipColumn;
import uk.partnershipplans.portal.partner.csv.OrganisationCsv.Row;
import uk.partnershipplans.portal.partner.csv.OrganisationCsv.Upload;
import uk.partnershipplans.portal.partner.model.PartnerKind;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Refusal;

/**
 * Imports partner organisations from a CSV file (see {@link OrganisationCsv}), all or nothing: every row is checked
 * first, and only a file with no problem at all is imported, in one transaction, through the same service as the
 * organisation pages ({@link OrganisationAdmin}), so the same rules apply. Anything refused then (such as the same
 * name saved by someone else at that moment) rolls the whole import back.
 */
@Service
@RequiredArgsConstructor
class OrganisationImport {

    private static final Map<String, Column> ORGANISATION_FIELDS = Map.of("name", Column.NAME, "shortName",
            Column.SHORT_NAME, "kindId", Column.KIND, "category", Column.CATEGORY, "parentId", Column.PART_OF, "notes",
            Column.NOTES);
    private static final Map<String, MembershipColumn> MEMBERSHIP_FIELDS = Map.of("partnershipId",
            MembershipColumn.PARTNERSHIP, "joinedOn", MembershipColumn.JOINED, "leftOn", MembershipColumn.LEFT, "note",
            MembershipColumn.NOTE);

    private final OrganisationCsv csv;
    private final OrganisationAdmin admin;
    private final Validator validator;
    private final Clock clock;

    /**
     * One problem in the file: its row (the headings are row 1), the heading of its column (null for the whole row),
     * the column's position (for ordering) and what to say.
     */
    record RowProblem(long row, String column, int position, MessageSourceResolvable message) {
    }

    /** The file has problems: nothing was imported. The refusal itself goes on the form's file field. */
    static class RowsRefused extends Refusal {

        private final transient List<RowProblem> rows;

        RowsRefused(List<RowProblem> rows) {
            super(List.of(new Refusal.Problem("file", "partner.import.file.problems", rows.size())));
            this.rows = rows.stream()
                    .sorted(Comparator.comparingLong(RowProblem::row).thenComparingInt(RowProblem::position))
                    .toList();
        }

        List<RowProblem> rows() {
            return rows;
        }
    }

    /** An organisation to add, checked, with where its parent is and the memberships to give it. */
    private record Candidate(Row row, OrganisationForm form, Long existingParentId, String parentInFile,
            List<MembershipCandidate> memberships) {
    }

    private record MembershipCandidate(int number, Long partnershipId, LocalDate joinedOn, LocalDate leftOn, String note) {
    }

    /**
     * Imports the file and returns how many organisations it added; refuses it whole ({@link Refusal} on "file", or
     * {@link RowsRefused} listing each problem) leaving nothing imported.
     */
    @Transactional
    int importFile(String filename, byte[] content) {
        Upload upload = csv.read(filename, content);
        List<RowProblem> headings = upload.problems().stream().filter(problem -> problem.row() == 1).toList();
        if (!headings.isEmpty()) {
            throw new RowsRefused(headings); // until the headings are right, the rows cannot be checked
        }
        Checker checker = new Checker(upload.layout());
        List<RowProblem> problems = new ArrayList<>(upload.problems());
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Row row : upload.rows()) {
            checker.check(row, candidates, problems);
        }
        checker.refuseCycles(candidates, problems);
        if (!problems.isEmpty()) {
            throw new RowsRefused(problems);
        }
        Map<String, Long> created = new HashMap<>();
        candidates.values().forEach(candidate -> create(candidate, candidates, created, checker));
        return created.size();
    }

    /** Creates the organisation after the one it is part of, when that one is in the file too. */
    private Long create(Candidate candidate, Map<String, Candidate> candidates, Map<String, Long> created, Checker checker) {
        String key = key(candidate.form().getName());
        if (created.containsKey(key)) {
            return created.get(key);
        }
        Long parentId = candidate.parentInFile() == null ? candidate.existingParentId()
                : create(candidates.get(candidate.parentInFile()), candidates, created, checker);
        candidate.form().setParentId(parentId);
        try {
            Long id = admin.create(null, candidate.form());
            created.put(key, id);
            // Former memberships first: the service refuses a second current membership of one partnership.
            candidate.memberships().stream()
                    .sorted(Comparator.comparing((MembershipCandidate m) -> m.leftOn() == null))
                    .forEach(membership -> addMembership(id, membership));
            return id;
        } catch (Refusal refusal) {
            int membership = refusal instanceof MembershipRefused refused ? refused.number : 0;
            throw new RowsRefused(refusal.problems().stream()
                    .map(problem -> checker.problemFor(candidate.row(), membership, problem))
                    .toList());
        }
    }

    private void addMembership(Long organisationId, MembershipCandidate candidate) {
        MembershipForm form = new MembershipForm();
        form.setPartnershipId(candidate.partnershipId());
        form.setJoinedOn(DateField.of(candidate.joinedOn()));
        form.setNote(candidate.note());
        try {
            Long membershipId = admin.addMembership(organisationId, form);
            if (candidate.leftOn() != null) {
                LeaveForm leave = admin.leaveForm(organisationId, membershipId);
                leave.setLeftOn(DateField.of(candidate.leftOn()));
                admin.leave(organisationId, membershipId, leave);
            }
        } catch (Refusal refusal) {
            // Names the membership's columns for the problems that concern them.
            throw new MembershipRefused(candidate.number(), refusal);
        }
    }

    /** A membership refused while importing; {@link Checker#problemFor} names its columns. */
    private static final class MembershipRefused extends Refusal {

        private final int number;

        MembershipRefused(int number, Refusal cause) {
            super(cause.problems());
            this.number = number;
        }
    }

    /** The checks of each row, against the lists the portal keeps and the rows before it. */
    private final class Checker {

        private final Layout layout;
        private final Map<String, PartnerKind> kinds;
        private final Map<String, PartnerCategory> categories = new HashMap<>();
        private final Map<String, Partnership> partnerships;

        Checker(Layout layout) {
            this.layout = layout;
            this.kinds = admin.kinds().stream().collect(Collectors.toMap(kind -> key(kind.getName()), Function.identity(), (a, b) -> a));
            this.partnerships = admin.partnerships().stream()
                    .collect(Collectors.toMap(partnership -> key(partnership.getName()), Function.identity(), (a, b) -> a));
            for (PartnerCategory category : PartnerCategory.values()) {
                categories.put(key(csv.categoryName(category)), category);
            }
        }

        void check(Row row, Map<String, Candidate> candidates, List<RowProblem> problems) {
            OrganisationForm form = new OrganisationForm();
            form.setName(cell(row, Column.NAME));
            form.setShortName(Forms.optional(cell(row, Column.SHORT_NAME)));
            form.setNotes(Forms.optional(cell(row, Column.NOTES)));
            violations(row, form, "name", Column.NAME, problems);
            violations(row, form, "shortName", Column.SHORT_NAME, problems);
            String name = form.getName();
            if (!name.isEmpty()) {
                admin.named(name).ifPresent(existing ->
                        problems.add(problem(row, Column.NAME, "admin.organisation.name.taken", existing.getName())));
                Candidate earlier = candidates.get(key(name));
                if (earlier != null) {
                    problems.add(problem(row, Column.NAME, "partner.import.name.in-file", shortened(name), earlier.row().number()));
                }
            }

            String kind = cell(row, Column.KIND);
            if (kind.isEmpty()) {
                problems.add(problem(row, Column.KIND, "partner.import.kind.blank"));
            } else if (!kinds.containsKey(key(kind))) {
                problems.add(problem(row, Column.KIND, "partner.import.kind.unknown", shortened(kind)));
            } else {
                form.setKindId(kinds.get(key(kind)).getId());
            }

            String category = cell(row, Column.CATEGORY);
            if (category.isEmpty()) {
                problems.add(problem(row, Column.CATEGORY, "partner.import.category.blank",
                        csv.categoryName(PartnerCategory.RELEVANT_PARTNER), csv.categoryName(PartnerCategory.OTHER_PARTNER)));
            } else if (!categories.containsKey(key(category))) {
                problems.add(problem(row, Column.CATEGORY, "partner.import.category.unknown",
                        shortened(category), csv.categoryName(PartnerCategory.RELEVANT_PARTNER),
                        csv.categoryName(PartnerCategory.OTHER_PARTNER)));
            } else {
                form.setCategory(categories.get(key(category)));
            }

            String parent = cell(row, Column.PART_OF);
            Long existingParentId = null;
            String parentInFile = null;
            if (!parent.isEmpty()) {
                if (!name.isEmpty() && key(parent).equals(key(name))) {
                    problems.add(problem(row, Column.PART_OF, "admin.organisation.parent.cycle"));
                } else {
                    Optional<PartnerOrganisation> existing = admin.named(parent);
                    if (existing.isPresent()) {
                        existingParentId = existing.get().getId();
                    } else {
                        parentInFile = key(parent);
                    }
                }
            }
            violations(row, form, "notes", Column.NOTES, problems);

            List<MembershipCandidate> memberships = new ArrayList<>();
            layout.memberships().keySet().forEach(number -> membership(row, number, problems).ifPresent(memberships::add));
            refuseClashes(row, memberships, problems);

            if (!name.isEmpty()) {
                candidates.putIfAbsent(key(name), new Candidate(row, form, existingParentId, parentInFile, memberships));
            }
        }

        /** Parents named in the file must be rows of it, and no organisation may end up part of itself. */
        void refuseCycles(Map<String, Candidate> candidates, List<RowProblem> problems) {
            for (Candidate candidate : candidates.values()) {
                if (candidate.parentInFile() == null) {
                    continue;
                }
                if (!candidates.containsKey(candidate.parentInFile())) {
                    problems.add(problem(candidate.row(), Column.PART_OF, "partner.import.parent.unknown",
                            shortened(cell(candidate.row(), Column.PART_OF))));
                    continue;
                }
                String self = key(candidate.form().getName());
                Set<String> seen = new HashSet<>();
                for (String above = candidate.parentInFile(); above != null && candidates.containsKey(above) && seen.add(above);
                        above = candidates.get(above).parentInFile()) {
                    if (above.equals(self)) {
                        problems.add(problem(candidate.row(), Column.PART_OF, "admin.organisation.parent.cycle"));
                        break;
                    }
                }
            }
        }

        private Optional<MembershipCandidate> membership(Row row, int number, List<RowProblem> problems) {
            String partnershipName = cell(row, number, MembershipColumn.PARTNERSHIP);
            String joined = cell(row, number, MembershipColumn.JOINED);
            String left = cell(row, number, MembershipColumn.LEFT);
            String note = cell(row, number, MembershipColumn.NOTE);
            if (partnershipName.isEmpty() && joined.isEmpty() && left.isEmpty() && note.isEmpty()) {
                return Optional.empty();
            }
            int before = problems.size();
            Partnership partnership = null;
            if (partnershipName.isEmpty()) {
                problems.add(problem(row, number, MembershipColumn.PARTNERSHIP, "partner.import.partnership.blank"));
            } else {
                partnership = partnerships.get(key(partnershipName));
                if (partnership == null) {
                    problems.add(problem(row, number, MembershipColumn.PARTNERSHIP, "partner.import.partnership.unknown",
                            shortened(partnershipName)));
                }
            }
            LocalDate joinedOn = date(row, number, MembershipColumn.JOINED, joined, problems);
            LocalDate leftOn = date(row, number, MembershipColumn.LEFT, left, problems);
            if (joinedOn != null && leftOn != null && leftOn.isBefore(joinedOn)) {
                problems.add(problem(row, number, MembershipColumn.LEFT, "partner.import.left.before-joined",
                        csv.heading(MembershipColumn.LEFT, number), Dates.day(joinedOn)));
            }
            MembershipForm form = new MembershipForm();
            form.setNote(Forms.optional(note));
            for (ConstraintViolation<MembershipForm> violation : validator.validateProperty(form, "note")) {
                problems.add(new RowProblem(row.number(), csv.heading(MembershipColumn.NOTE, number),
                        position(number, MembershipColumn.NOTE), text(violation.getMessage())));
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new MembershipCandidate(number, partnership.getId(), joinedOn, leftOn, form.getNote()));
        }

        /** One current membership of each partnership, and no two from the same date (the service's rules). */
        private void refuseClashes(Row row, List<MembershipCandidate> memberships, List<RowProblem> problems) {
            Set<Long> current = new HashSet<>();
            Set<String> joined = new HashSet<>();
            for (MembershipCandidate membership : memberships) {
                Partnership partnership = partnerships.values().stream()
                        .filter(p -> p.getId().equals(membership.partnershipId())).findFirst().orElseThrow();
                if (membership.leftOn() == null && !current.add(membership.partnershipId())) {
                    problems.add(problem(row, membership.number(), MembershipColumn.PARTNERSHIP,
                            "partner.import.partnership.current-twice", partnership.getName()));
                }
                if (membership.joinedOn() != null && !joined.add(membership.partnershipId() + " " + membership.joinedOn())) {
                    problems.add(problem(row, membership.number(), MembershipColumn.JOINED,
                            "admin.membership.joined-on.taken", partnership.getName()));
                }
            }
        }

        private LocalDate date(Row row, int number, MembershipColumn column, String typed, List<RowProblem> problems) {
            if (typed.isEmpty()) {
                return null;
            }
            Optional<LocalDate> date = OrganisationCsv.parseDate(typed);
            if (date.isEmpty()) {
                problems.add(problem(row, number, column, "partner.import.date.not-real", csv.heading(column, number)));
                return null;
            }
            if (date.get().isAfter(LocalDate.now(clock))) {
                problems.add(problem(row, number, column, "partner.import.date.future", csv.heading(column, number)));
                return null;
            }
            return date.get();
        }

        /** The organisation form's own rules (Bean Validation) for one of its fields. */
        private void violations(Row row, OrganisationForm form, String field, Column column, List<RowProblem> problems) {
            for (ConstraintViolation<OrganisationForm> violation : validator.validateProperty(form, field)) {
                problems.add(new RowProblem(row.number(), csv.heading(column), column.ordinal(), text(violation.getMessage())));
            }
        }

        /**
         * A problem the service found while importing, in the column of the form field it concerns: a field of the
         * organisation form, or of the form of the membership with the number given (0 for none).
         */
        RowProblem problemFor(Row row, int membership, Refusal.Problem problem) {
            if (problem.field() == null) {
                return new RowProblem(row.number(), null, Integer.MAX_VALUE, problem);
            }
            Column column = ORGANISATION_FIELDS.get(problem.field());
            if (column != null) {
                return new RowProblem(row.number(), csv.heading(column), column.ordinal(), problem);
            }
            MembershipColumn membershipColumn = MEMBERSHIP_FIELDS.get(problem.field());
            if (membershipColumn != null && membership > 0) {
                return new RowProblem(row.number(), csv.heading(membershipColumn, membership),
                        position(membership, membershipColumn), problem);
            }
            return new RowProblem(row.number(), null, Integer.MAX_VALUE, problem);
        }

        private String cell(Row row, Column column) {
            return row.cell(layout.columns().get(column));
        }

        private String cell(Row row, int number, MembershipColumn column) {
            return row.cell(layout.memberships().get(number).get(column));
        }

        private RowProblem problem(Row row, Column column, String code, Object... args) {
            return new RowProblem(row.number(), csv.heading(column), column.ordinal(), resolvable(code, args));
        }

        private RowProblem problem(Row row, int number, MembershipColumn column, String code, Object... args) {
            return new RowProblem(row.number(), csv.heading(column, number), position(number, column), resolvable(code, args));
        }

        private static int position(int number, MembershipColumn column) {
            return Column.values().length + number * MembershipColumn.values().length + column.ordinal();
        }
    }

    /** Text already resolved (a Bean Validation message) as a message for the list of problems. */
    private static MessageSourceResolvable text(String message) {
        return new DefaultMessageSourceResolvable(null, null, message);
    }
}
