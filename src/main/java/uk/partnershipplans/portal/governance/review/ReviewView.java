package uk.partnershipplans.portal.governance.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * A final review as its page and its documents show it: each priority of the year in the plan's order, with its key
 * activities in their places, each with its sources of evidence. Priorities with no activity are left out.
 */
record ReviewView(FinalReview review, YearFacts year, List<PrioritySection> priorities) {

    record PrioritySection(PriorityFacts priority, List<ActivityRow> activities) {
    }

    record ActivityRow(Activity activity, List<Source> sources) {

        /** The evidence of achievement, line by line, as written. */
        public List<String> achievementLines() {
            return activity.getAchievement() == null ? List.of()
                    : activity.getAchievement().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    public Narrative introduction() {
        return Narrative.parse(review.getIntroduction());
    }

    static ReviewView of(FinalReview review, YearFacts year, List<Activity> activities, List<Source> sources) {
        Map<Long, List<Source>> byActivity = sources.stream().collect(Collectors.groupingBy(s -> s.getActivity().getId()));
        Map<Long, List<Activity>> byPriority = activities.stream().collect(Collectors.groupingBy(Activity::getPriorityId));
        return new ReviewView(review, year, year.priorities().stream()
                .filter(priority -> byPriority.containsKey(priority.id()))
                .map(priority -> new PrioritySection(priority, byPriority.get(priority.id()).stream()
                        .map(activity -> new ActivityRow(activity, byActivity.getOrDefault(activity.getId(), List.of())))
                        .toList()))
                .toList());
    }
}
