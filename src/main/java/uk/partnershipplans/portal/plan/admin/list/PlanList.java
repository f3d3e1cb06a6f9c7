package uk.partnershipplans.portal.plan.admin.list;

import uk.partnershipplans.portal.shared.DeletePage;

/**
 * One of the lists a plan keeps beside its numbered parts: its records' pages are under the plan's address, at
 * {@code /admin/plans/{planId}/{segment}}, and listed in a section of the plan's admin page.
 */
record PlanList(String segment, String section) {

    /** The plan's admin page, at the list's section: where a saved or deleted record's page goes back to. */
    String page(Long planId) {
        return "/admin/plans/" + planId + "#" + section;
    }

    /** The confirmation page for deleting a record of the list, named by {@code thingKey} with {@code name}. */
    DeletePage deletePage(String thingKey, String name, Long planId, Long id, long version) {
        return DeletePage.confirm(DeletePage.text(thingKey, name),
                "/admin/plans/" + planId + "/" + segment + "/" + id + "/delete", page(planId), version, null);
    }
}
