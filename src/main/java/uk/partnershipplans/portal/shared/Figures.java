package uk.partnershipplans.portal.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures as the plans print them: with the decimal places they were given ("5.00", "64.0") and thousands separated by
 * commas ("15,642"). A database column keeps a fixed number of places, so an entity keeps a figure's places beside it
 * and gives the figure back with them ({@link #withDecimals}).
 */
public final class Figures {

    private Figures() {
    }

    /** The figure with its own decimal places and thousands separated by commas ("15,642", "5.00"); null for none. */
    public static String format(BigDecimal figure) {
        if (figure == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        int decimals = Math.max(figure.scale(), 0);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(figure);
    }

    /**
     * A number whose trailing zeros say nothing, such as a tolerance kept as numeric(5, 2): thousands separated by
     * commas, no trailing zeros ("5", "2.5"); null for none.
     */
    public static String formatWithoutTrailingZeros(BigDecimal number) {
        return number == null ? null : format(withoutTrailingZeros(number));
    }

    /** How many decimal places a figure was given with, to keep beside it; null for no figure. */
    public static Integer decimalsOf(BigDecimal figure) {
        return figure == null ? null : Math.max(figure.scale(), 0);
    }

    /**
     * A figure as kept, given back with the decimal places it was given with; a figure kept without them (saved before
     * they were kept) loses its trailing zeros instead.
     */
    public static BigDecimal withDecimals(BigDecimal kept, Integer decimals) {
        if (kept == null) {
            return null;
        }
        return decimals == null ? withoutTrailingZeros(kept) : kept.setScale(decimals);
    }

    private static BigDecimal withoutTrailingZeros(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
