package uk.partnershipplans.portal.reporting.figures;

/**
 * The columns of a file of figures, in the template's order. Each heading is the message
 * {@code figures.column.<name>}; a file's headings are matched ignoring capitals and spaces at either end, in any order.
 */
enum FigureColumn {
    INDICATOR(true), PERIOD(true), VALUE(true), PROVISIONAL(false), NATIONAL_AVERAGE(false),
    STATISTICAL_NEIGHBOUR(false), NATIONAL_COMPARISON(false), NOTE(false);

    private final boolean required;

    FigureColumn(boolean required) {
        this.required = required;
    }

    boolean required() {
        return required;
    }

    String messageCode() {
        return "figures.column." + name();
    }
}
