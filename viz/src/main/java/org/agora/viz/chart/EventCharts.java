package org.agora.viz.chart;

import java.util.List;
import org.agora.core.event.Event;

/**
 * The charts of a scenario family, computed from a run's events alone, in publication order
 * (starting with {@link org.agora.core.event.RunStarted}). The same object feeds the live charts
 * of the GUI and the charts of {@code agora analyze}, so both show the same data. Points are added
 * once they are final (a time bin once the run's time has passed it; at
 * {@link org.agora.core.event.RunFinished}, what is left).
 *
 * <p>Threading: {@link #accept} is called by one thread; see {@link Series} for readers.
 */
public interface EventCharts {

    /** Takes the next event of the run. */
    void accept(Event event);

    /** The charts, in a fixed order; the list itself never changes after construction. */
    List<Chart> charts();
}
