package uk.partnershipplans.portal.partner.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.PartnershipMembership;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.TableDownload.Table;
import uk.partnershipplans.portal.shared.TableDownload;

/**
 * The partner organisations CSV file, one layout for the download, the template and the import, so that a downloaded
 * list can be edited and imported again: one row per organisation, then its memberships side by side, four columns
 * each (Partnership, Joined, Left, Membership note; then Partnership 2, Joined 2 ... where an organisation has more).
 * Dates are written day/month/year, as a spreadsheet in a UK locale writes them back.
 */
@Component
@RequiredArgsConstructor
class OrganisationCsv {

    /** The import's own limit; Spring's multipart limit (application.yml) is higher so that this one is explained. */
    static final int MAX_BYTES = 1024 * 1024;
    /** Enough for any partnership; each row is checked against the database, so a file of tiny rows is refused. */
    static final int MAX_ROWS = 5000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern TYPED_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern NUMBERED = Pattern.compile("(.*\\S)\\s+(\\d+)");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The columns about the organisation itself, in the file's order. */
    enum Column {
        NAME, SHORT_NAME, KIND, CATEGORY, PART_OF, NOTES
    }

    /** The columns of one membership, in the file's order. */
    enum MembershipColumn {
        PARTNERSHIP, JOINED, LEFT, NOTE
    }

    private final MessageSource messages;

    String heading(Column column) {
        return text("partner.csv.column." + column.name());
    }

    /** The heading of a membership column: "Joined" for the first membership, "Joined 2" for the second ... */
    String heading(MembershipColumn column, int membership) {
        String heading = text("partner.csv.column." + column.name());
        return membership == 1 ? heading : text("partner.csv.column.numbered", heading, String.valueOf(membership));
    }

    /** The column headings, with as many groups of membership columns as asked (at least one). */
    List<String> headings(int memberships) {
        List<String> headings = new ArrayList<>();
        Arrays.stream(Column.values()).map(this::heading).forEach(headings::add);
        for (int membership = 1; membership <= Math.max(memberships, 1); membership++) {
            for (MembershipColumn column : MembershipColumn.values()) {
                headings.add(heading(column, membership));
            }
        }
        return headings;
    }

    /** An organisation's row: its own columns, then one group of columns per membership. */
    List<String> row(PartnerOrganisation organisation, List<PartnershipMembership> memberships) {
        List<String> cells = new ArrayList<>(List.of(organisation.getName(), blankIfNull(organisation.getShortName()),
                organisation.getKind().getName(), categoryName(organisation.getCategory()),
                organisation.getParent() == null ? "" : organisation.getParent().getName(),
                blankIfNull(organisation.getNotes())));
        for (PartnershipMembership membership : memberships) {
            cells.addAll(List.of(membership.getPartnership().getName(), format(membership.getJoinedOn()),
                    format(membership.getLeftOn()), blankIfNull(membership.getNote())));
        }
        return cells;
    }

    /** The words for a category, as the pages show them and the import reads them. */
    String categoryName(PartnerCategory category) {
        return text("admin.organisation.category." + category.name());
    }

    /** The file (see {@link TableDownload#csv}), every cell text; a short row is empty to the end. */
    byte[] write(List<String> headings, List<List<String>> rows) {
        return TableDownload.csv(new Table(text("partner.csv.table"), headings.stream().map(TableDownload.Column::text).toList(), rows));
    }

    /** A cell as read back: without surrounding spaces, and without the apostrophe that {@link TableDownload#guarded} added. */
    static String unguarded(String cell) {
        String value = cell == null ? "" : cell.strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && TableDownload.looksLikeAFormula(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A date typed day/month/year with a four-digit year (31/03/2014 or 1/4/2014); empty when it is not a real date. */
    static Optional<LocalDate> parseDate(String typed) {
        Matcher matcher = TYPED_DATE.matcher(typed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return DateField.of(matcher.group(1), matcher.group(2), matcher.group(3)).toDate();
    }

    /** A row of the uploaded file: its number as a spreadsheet shows it (the headings are row 1) and its cells. */
    record Row(long number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? unguarded(cells.get(index)) : "";
        }
    }

    /**
     * Where each column is in the uploaded file: the organisation's columns, and the columns of each membership by its
     * number (1 for Partnership, Joined ...; 2 for Partnership 2 ...).
     */
    record Layout(Map<Column, Integer> columns, SortedMap<Integer, Map<MembershipColumn, Integer>> memberships) {

        boolean uses(int index) {
            return columns.containsValue(index)
                    || memberships.values().stream().anyMatch(membership -> membership.containsValue(index));
        }
    }

    /** The uploaded file read: where the columns are, its rows, and what is wrong with its headings or rows. */
    record Upload(Layout layout, List<Row> rows, List<OrganisationImport.RowProblem> problems) {
    }

    /**
     * Reads an uploaded file. A file that is not a CSV at all is refused ({@link Refusal} on the field "file"); problems
     * with the headings, or with a row's shape, are returned with their row numbers for the page to list.
     */
    Upload read(String filename, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw Refusal.of("file", "partner.import.file.too-large");
        }
        if (filename == null || !filename.strip().toLowerCase(Locale.ROOT).endsWith(".csv") || contains(content, (byte) 0)) {
            throw Refusal.of("file", "partner.import.file.not-csv");
        }
        String text = decode(content);
        if (text.isBlank()) {
            throw Refusal.of("file", "partner.import.file.empty");
        }
        List<CSVRecord> records = records(text);
        List<OrganisationImport.RowProblem> problems = new ArrayList<>();
        Layout layout = layout(records.get(0), problems);
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> cells = record.toList();
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new Row(record.getRecordNumber(), cells));
            for (int index = 0; index < cells.size(); index++) {
                if (!cells.get(index).isBlank() && !layout.uses(index)) {
                    problems.add(new OrganisationImport.RowProblem(record.getRecordNumber(), null, Integer.MAX_VALUE,
                            resolvable("partner.import.row.unheaded")));
                    break;
                }
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            throw Refusal.of("file", "partner.import.file.no-rows");
        }
        if (rows.size() > MAX_ROWS) {
            throw Refusal.of("file", "partner.import.file.too-many-rows", MAX_ROWS);
        }
        return new Upload(layout, rows, problems);
    }

    /**
     * The columns named by the first row: every heading of the template must be there, in any order, and any further
     * membership must have all four of its columns. Headings are matched ignoring capitals and surrounding spaces.
     */
    private Layout layout(CSVRecord first, List<OrganisationImport.RowProblem> problems) {
        Map<String, Column> organisationHeadings = new HashMap<>();
        Arrays.stream(Column.values()).forEach(column -> organisationHeadings.put(key(heading(column)), column));
        Map<String, MembershipColumn> membershipHeadings = new HashMap<>();
        Arrays.stream(MembershipColumn.values()).forEach(column -> membershipHeadings.put(key(heading(column, 1)), column));

        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        SortedMap<Integer, Map<MembershipColumn, Integer>> memberships = new TreeMap<>();
        List<String> cells = first.toList();
        for (int index = 0; index < cells.size(); index++) {
            String typed = cells.get(index).strip();
            if (typed.isEmpty()) {
                continue;
            }
            Column column = organisationHeadings.get(key(typed));
            Integer previous;
            if (column != null) {
                previous = columns.putIfAbsent(column, index);
            } else {
                Matcher numbered = NUMBERED.matcher(typed);
                MembershipColumn membershipColumn = membershipHeadings.get(key(typed));
                int membership = 1;
                if (membershipColumn == null && numbered.matches() && numbered.group(2).length() < 4) {
                    membershipColumn = membershipHeadings.get(key(numbered.group(1)));
                    membership = Integer.parseInt(numbered.group(2));
                }
                if (membershipColumn == null || membership < 1) {
                    problems.add(headingProblem(typed, index, "partner.import.heading.unknown", shortened(typed)));
                    continue;
                }
                previous = memberships.computeIfAbsent(membership, n -> new EnumMap<>(MembershipColumn.class))
                        .putIfAbsent(membershipColumn, index);
            }
            if (previous != null) {
                problems.add(headingProblem(typed, index, "partner.import.heading.twice", shortened(typed)));
            }
        }
        memberships.computeIfAbsent(1, n -> new EnumMap<>(MembershipColumn.class));
        for (Column column : Column.values()) {
            if (!columns.containsKey(column)) {
                problems.add(headingProblem(heading(column), cells.size() + column.ordinal(), "partner.import.heading.missing",
                        heading(column)));
            }
        }
        memberships.forEach((membership, found) -> {
            for (MembershipColumn column : MembershipColumn.values()) {
                if (!found.containsKey(column)) {
                    String heading = heading(column, membership);
                    problems.add(headingProblem(heading, cells.size() + Column.values().length + column.ordinal(),
                            "partner.import.heading.missing", heading));
                }
            }
        });
        return new Layout(columns, memberships);
    }

    private static OrganisationImport.RowProblem headingProblem(String column, int position, String code, Object... args) {
        return new OrganisationImport.RowProblem(1, column, position, resolvable(code, args));
    }

    /**
     * The records of the file, refused as a whole when it cannot be read as CSV (a quote left open, text after a
     * closing quote).
     */
    private static List<CSVRecord> records(String text) {
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get()).get()) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    records.add(iterator.next());
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw Refusal.of("file", "partner.import.file.unreadable", records.size() + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /**
     * The file's text: UTF-8 (without its byte order mark) when it is valid UTF-8, else Windows-1252, which is what
     * Excel's plain "CSV (Comma delimited)" writes on a UK computer; no other encoding can be told apart reliably.
     */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static boolean contains(byte[] content, byte wanted) {
        for (byte b : content) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }

    /** Matching key for headings and names typed in the file: no surrounding spaces, capitals ignored. */
    static String key(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /** A value typed in the file, cut short to quote in a message. */
    static String shortened(String typed) {
        return typed.length() <= 60 ? typed : typed.substring(0, 59) + "…";
    }

    static MessageSourceResolvable resolvable(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
