package uk.partnershipplans.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.reporting.update.UpdateFixture;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.SyntheticDataset;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * An import of 10,000 figures (the 25 indicators of the synthetic dataset's plan 20, 400 quarters each) as CSV and as
 * an Excel workbook, by the officer who updates them in the year's open round: the time from the upload to the end
 * of the check (every row checked and kept), the time to confirm, and the time of the approval that writes the
 * figures to the plan; and the most heap in use while the file is checked, above what was in use before, sampled every
 * 10 ms. Run with {@code ./mvnw test -Pbenchmark} (see the README); it writes {@code target/benchmark/figure-import.txt}.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class FigureImportBenchmark {

    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final int INDICATORS = 25;
    private static final int QUARTERS = 400;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Test
    void importTenThousandFigures() throws Exception {
        SyntheticDataset.loadInto(dataSource);
        long year = SyntheticDataset.year(jdbc, 20);
        jdbc.update("delete from reporting_round where plan_year_id = ?", year);
        new UpdateFixture(context).roundOfEverything(year, "officer");
        List<String> codes = jdbc.queryForList("""
                select i.code from indicator i join plan_year_indicator y on y.indicator_id = i.id
                where y.plan_year_id = ? order by i.id""", String.class, year);
        assertThat(codes).hasSize(INDICATORS);

        StringBuilder report = new StringBuilder("Import of %,d figures (%d indicators of plan 20, %d quarters each), heap limit %d MB%n%n"
                .formatted(INDICATORS * QUARTERS, INDICATORS, QUARTERS, Runtime.getRuntime().maxMemory() >> 20));
        report.append("%-6s %9s %10s %9s %9s %12s%n".formatted("File", "Size KB", "Checked s", "Confirm s", "Approve s",
                "Heap +MB"));
        // the first import warms the code up; the periods of each import are its own, so that none is already approved
        run("CSV", csv(codes, 1000), report, true);
        run("CSV", csv(codes, 1400), report, false);
        run("Excel", xlsx(codes, 1800), report, false);
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "figure-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void run(String kind, byte[] file, StringBuilder report, boolean warmUp) throws Exception {
        long year = SyntheticDataset.year(jdbc, 20);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong most = new AtomicLong(before);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                most.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        String location = mvc.perform(multipart("/plan-years/{id}/figure-import", year)
                        .file(new MockMultipartFile("file", "figures." + (kind.equals("CSV") ? "csv" : "xlsx"),
                                "application/octet-stream", file)).with(OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        while ("CHECKING".equals(state(id))) {
            Thread.sleep(5);
        }
        double checked = seconds(start);
        sampling.set(false);
        sampler.join();
        assertThat(state(id)).as("the import of %s is valid", kind).isEqualTo("VALID");
        assertThat(jdbc.queryForObject("select count(*) from figure_import_row where import_id = ?", Integer.class, id))
                .isEqualTo(INDICATORS * QUARTERS);
        start = System.nanoTime();
        mvc.perform(post("/figure-imports/{id}/confirm", id).param("version", version(id)).with(OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        double confirmed = seconds(start);
        start = System.nanoTime();
        mvc.perform(post("/figure-imports/{id}/approve", id).param("version", version(id)).with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection());
        double approved = seconds(start);
        assertThat(state(id)).isEqualTo("APPROVED");
        if (!warmUp) {
            report.append("%-6s %9d %10.2f %9.2f %9.2f %12d%n".formatted(kind, file.length >> 10, checked, confirmed,
                    approved, (most.get() - before) >> 20));
        }
    }

    private String state(long id) {
        return jdbc.queryForObject("select state from figure_import where id = ?", String.class, id);
    }

    private String version(long id) {
        return String.valueOf(jdbc.queryForObject("select version from figure_import where id = ?", Long.class, id));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** "1000/01 Q1" ...: quarters of the years from {@code firstYear} on, long before any figure the dataset holds. */
    private static String quarter(int firstYear, int n) {
        int y = firstYear + n / 4;
        return y + "/" + String.format("%02d", (y + 1) % 100) + " Q" + (n % 4 + 1);
    }

    private static byte[] csv(List<String> codes, int firstYear) {
        StringBuilder csv = new StringBuilder("Indicator code or name,Period,Value,Provisional,National average,"
                + "Statistical neighbour average,Comparison with the national average,Note\r\n");
        for (String code : codes) {
            for (int q = 0; q < QUARTERS; q++) {
                csv.append(code).append(',').append(quarter(firstYear, q)).append(',').append(40 + q % 50)
                        .append(",No,45,44,,Imported for the benchmark\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(List<String> codes, int firstYear) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Figures");
            String[] headings = {"Indicator code or name", "Period", "Value", "Provisional", "National average",
                    "Statistical neighbour average", "Comparison with the national average", "Note"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                first.createCell(i).setCellValue(headings[i]);
            }
            int r = 1;
            for (String code : codes) {
                for (int q = 0; q < QUARTERS; q++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(code);
                    row.createCell(1).setCellValue(quarter(firstYear, q));
                    row.createCell(2).setCellValue(40 + q % 50);
                    row.createCell(3).setCellValue("No");
                    row.createCell(4).setCellValue(45);
                    row.createCell(5).setCellValue(44);
                    row.createCell(7).setCellValue("Imported for the benchmark");
                }
            }
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        }
    }
}
