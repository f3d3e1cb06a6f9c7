package uk.partnershipplans.portal.shared;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives pages {@link Dates} as {@code #ukDates}, so that every page writes a date as the rest of the portal does. */
@Component
class DatesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "ukDates";

    private static final Dates DATES = new Dates();

    DatesDialect() {
        super("Dates");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return NAME.equals(name) ? DATES : null;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
