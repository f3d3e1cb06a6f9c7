package uk.partnershipplans.portal.shared;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The partnerships whose records a signed-in person may read and change: every partnership for an admin of the
 * installation (an admin whose account names no partnership), otherwise the partnerships their account belongs to.
 * Records of any other partnership are "not found" for them, in addresses, lists and choices alike.
 *
 * @param everywhere whether every partnership is in reach
 * @param partnershipIds the partnerships in reach when not every one is
 */
public record Reach(boolean everywhere, Set<Long> partnershipIds) {

    /** Nobody signed in, or an account that belongs to no partnership. */
    public static final Reach NOWHERE = new Reach(false, Set.of());

    /** An admin of the installation. */
    public static final Reach EVERYWHERE = new Reach(true, Set.of());

    public Reach {
        partnershipIds = Set.copyOf(partnershipIds);
    }

    public static Reach of(Collection<Long> partnershipIds) {
        return new Reach(false, Set.copyOf(partnershipIds));
    }

    public boolean includes(Long partnershipId) {
        return everywhere || partnershipIds.contains(partnershipId);
    }

    /**
     * Whether a record belonging to {@code owners} is in reach: when one of them is, or, for a record that belongs to
     * no partnership (an admin of the installation's account), only for those who reach everywhere.
     */
    public boolean includesAny(Collection<Long> owners) {
        return everywhere || owners.stream().anyMatch(partnershipIds::contains);
    }

    /**
     * The partnerships a list shows when {@code chosen} is picked in its filter (null for none): that one if in reach,
     * otherwise every one in reach; empty when the list shows every partnership's records.
     */
    public Optional<Set<Long>> listed(Long chosen) {
        if (chosen != null) {
            return Optional.of(includes(chosen) ? Set.of(chosen) : Set.of());
        }
        return everywhere ? Optional.empty() : Optional.of(partnershipIds);
    }

    /** Those of {@code records} in reach, in their order. */
    public <T> List<T> filter(Collection<T> records, Function<T, Long> partnershipOf) {
        return records.stream().filter(record -> includes(partnershipOf.apply(record))).toList();
    }
}
