package uk.partnershipplans.portal.governance.equality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.partner.PartnerDirectory.PartnershipSummary;
import uk.partnershipplans.portal.plan.PlanCatalogue;
import uk.partnershipplans.portal.plan.PlanCatalogue.PlanOutline;
import uk.partnershipplans.portal.plan.PlanCatalogue.YearSummary;
import uk.partnershipplans.portal.shared.DemoDataLoads;

/**
 * The equality impact assessment of the demo plan's 2013-14 refresh (its section 7), transcribed in
 * {@code demo/equality-2013-14.json}: its words as the document prints them, each row's characteristic named as the
 * document names it. Loaded once ({@link DemoDataLoads}), after the demo plans; never in the postgres profile.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("portal.demo-data")
@RequiredArgsConstructor
@Slf4j
class DemoAssessments implements ApplicationRunner {

    private static final String PART = "equality-assessments";

    private final JsonMapper json;
    private final PartnerDirectory partnerDirectory;
    private final PlanCatalogue plans;
    private final ProtectedCharacteristicRepository characteristics;
    private final EqualityAssessmentRepository assessments;
    private final AssessmentPartRepository parts;
    private final AssessmentRowRepository rows;
    private final DemoDataLoads loads;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AssessmentData(String partnership, String plan, String year, String subject, String introduction,
            List<PartData> parts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartData(String title, String informationUsed, String summary, List<RowData> rows) {
    }

    /** {@code characteristic}: its name in the installation's list; {@code wording}: the document's, when it differs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RowData(String characteristic, String wording, String positiveImpact, String adverseImpact, String unmetNeed,
            String evidence) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (loads.isLoaded(PART)) {
            return;
        }
        AssessmentData data = read("demo/equality-2013-14.json");
        Optional<PlanOutline> plan = partnerDirectory.partnershipNamed(data.partnership()).map(PartnershipSummary::id)
                .flatMap(partnershipId -> plans.outlineNamed(partnershipId, data.plan()));
        Optional<YearSummary> year = plan.flatMap(p -> p.years().stream()
                .filter(y -> y.label().equals(data.year())).findFirst());
        if (year.isEmpty()) {
            log.warn("The demo equality impact assessment was not loaded: there is no plan '{}' with a year '{}'",
                    data.plan(), data.year());
            return;
        }
        Map<String, ProtectedCharacteristic> listed = characteristics.everyOne().stream().filter(ProtectedCharacteristic::isInstallationWide)
                .collect(Collectors.toMap(ProtectedCharacteristic::getName, Function.identity()));
        EqualityAssessment assessment = new EqualityAssessment(plan.get().id());
        assessment.revise(year.get().id(), data.subject(), data.introduction(), null, null);
        assessments.save(assessment);
        int position = 0;
        for (PartData partData : data.parts()) {
            AssessmentPart part = new AssessmentPart(assessment);
            part.revise(++position, partData.title(), partData.informationUsed(), partData.summary(), null, null, null);
            parts.save(part);
            for (RowData rowData : partData.rows()) {
                ProtectedCharacteristic characteristic = Optional.ofNullable(listed.get(rowData.characteristic()))
                        .orElseThrow(() -> new IllegalStateException("Demo data names unknown characteristic '"
                                + rowData.characteristic() + "'"));
                AssessmentRow row = new AssessmentRow(part);
                row.revise(characteristic, rowData.wording(), rowData.positiveImpact(), rowData.adverseImpact(),
                        rowData.unmetNeed(), rowData.evidence());
                rows.save(row);
            }
        }
        loads.recordLoaded(PART);
    }

    private AssessmentData read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, AssessmentData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
