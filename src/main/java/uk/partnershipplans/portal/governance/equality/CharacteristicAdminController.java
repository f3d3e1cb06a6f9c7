package uk.partnershipplans.portal.governance.equality;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.partner.PartnerDirectory.PartnershipSummary;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/**
 * The planning team keeps the protected characteristics and groups assessments have rows for: the list (the
 * installation's, then each partnership's in reach), add, change, delete.
 */
@Controller
@RequestMapping("/admin/protected-characteristics")
class CharacteristicAdminController extends RecordPages<CharacteristicForm> {

    private static final String LIST = "/admin/protected-characteristics";

    private final CharacteristicAdmin admin;
    private final PartnerDirectory partners;
    private final Reaches reaches;

    CharacteristicAdminController(CharacteristicAdmin admin, PartnerDirectory partners, Reaches reaches,
            MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(ProtectedCharacteristic.class, id)),
                (parentId, id) -> LIST, (parentId, id) -> LIST);
        this.admin = admin;
        this.partners = partners;
        this.reaches = reaches;
    }

    /** The characteristics in reach, with the name of the partnership that adds each (none for the installation's). */
    record Listed(ProtectedCharacteristic characteristic, String partnershipName) {
    }

    @GetMapping
    String list(Model model) {
        Map<Long, String> names = partners.partnershipsIn(reaches.current()).stream()
                .collect(Collectors.toMap(PartnershipSummary::id, PartnershipSummary::name));
        model.addAttribute("characteristics", admin.inReach().stream()
                .map(c -> new Listed(c, c.getPartnershipId() == null ? null : names.get(c.getPartnershipId()))).toList());
        model.addAttribute("everywhere", reaches.current().everywhere());
        return "governance/protected-characteristics";
    }

    @Override
    protected String formPage(Long parentId, Long id, Model model) {
        List<Option> partnerships = partners.partnershipsIn(reaches.current()).stream()
                .map(p -> new Option(p.id().toString(), p.name())).toList();
        model.addAttribute("partnerships", partnerships);
        model.addAttribute("everywhere", reaches.current().everywhere());
        return "governance/protected-characteristic-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        ProtectedCharacteristic characteristic = admin.characteristic(id);
        return DeletePage.confirm(DeletePage.text("equality.characteristic.thing", characteristic.getName()),
                LIST + "/" + id + "/delete", LIST, characteristic.getVersion(), null);
    }
}
