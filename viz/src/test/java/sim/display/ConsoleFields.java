package sim.display;

/** Types into the fields of MASON's Console as a user would (the fields are the Console's own). */
public final class ConsoleFields {

    private ConsoleFields() {
    }

    /**
     * Enters {@code seed} in the Console's seed field (Swing thread): what the field does when a
     * user types a value and presses enter.
     */
    public static void typeSeed(Console console, long seed) {
        console.randomField.setValue(console.randomField.newValue(Long.toString(seed)));
    }

    /** What the Console's clock shows (Swing thread). */
    public static String clock(Console console) {
        return console.time.getText();
    }
}
