package uk.partnershipplans.portal.status;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import uk.partnershipplans.portal.status.NationalComparison.Position;

/**
 * A priority's or a plan year's actions counted by status and indicators counted by colour and by how they compare with
 * the national average, with one overall colour by the rule of {@link #overall(Stream)}.
 */
record RollUp(Map<ActionStatus, Long> actions, Map<Rag, Long> indicators, Map<Position, Long> national, Rag overall) {

    /** Red once this share or more of the rated actions and indicators are red: one in three. */
    static final int RED_ONE_IN = 3;

    static RollUp of(Collection<ActionAssessment> actions, Collection<IndicatorAssessment> indicators) {
        Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status, actions.stream().filter(a -> a.status() == status).count());
        }
        Map<Rag, Long> byColour = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            byColour.put(rag, indicators.stream().filter(i -> i.rag() == rag).count());
        }
        Map<Position, Long> byNational = new EnumMap<>(Position.class);
        for (Position position : Position.values()) {
            byNational.put(position, indicators.stream()
                    .filter(i -> i.national() != null && i.national().position() == position).count());
        }
        return new RollUp(byStatus, byColour, byNational, overall(Stream.concat(actions.stream().map(a -> a.status().rag()),
                indicators.stream().map(IndicatorAssessment::rag))));
    }

    /**
     * Only rated items count (not started, cancelled, no data ... are left out). None rated: not rated. Red when at
     * least one in {@value #RED_ONE_IN} rated items is red; amber when any is red or amber; green when all are green.
     */
    static Rag overall(Stream<Rag> colours) {
        long rated = 0;
        long red = 0;
        long amber = 0;
        for (Rag rag : (Iterable<Rag>) colours::iterator) {
            if (rag.isRated()) {
                rated++;
            }
            if (rag == Rag.RED) {
                red++;
            } else if (rag == Rag.AMBER) {
                amber++;
            }
        }
        if (rated == 0) {
            return Rag.NOT_RATED;
        }
        if (red * RED_ONE_IN >= rated) {
            return Rag.RED;
        }
        return red + amber > 0 ? Rag.AMBER : Rag.GREEN;
    }
}
