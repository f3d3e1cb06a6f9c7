package uk.partnershipplans.portal.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as the plans print them. */
public final class Figures {

    private Figures() {
    }

    /** Thousands separated by commas, no trailing zeros ("15,642", "2.5"); null for no figure. */
    public static String format(BigDecimal figure) {
        if (figure == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(figure);
    }
}
