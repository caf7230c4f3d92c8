package sim.display;

/** Types into the fields of MASON's Console as a user would (the fields are the Console's own). */
public final class ConsoleFields {

    private ConsoleFields() {
    }

    /** Types {@code seed} into the Console's seed field and presses enter (Swing thread). */
    public static void typeSeed(Console console, long seed) {
        console.randomField.getField().setText(Long.toString(seed));
        console.randomField.submit();
    }
}
