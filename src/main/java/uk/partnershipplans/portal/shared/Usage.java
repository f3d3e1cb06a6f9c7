package uk.partnershipplans.portal.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * How many records of one kind use a record, such as "7 priorities": the message {@code code} takes the count as its
 * argument (use a choice format for the plural). Used to explain why a record cannot be deleted.
 */
public record Usage(String code, long count) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {count};
    }
}
