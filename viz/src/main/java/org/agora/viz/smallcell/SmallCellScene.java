package org.agora.viz.smallcell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.wireless.city.Building;
import org.agora.wireless.smallcell.SmallCellView;
import org.agora.wireless.smallcell.events.BlocksGranted;
import org.agora.wireless.smallcell.events.BlocksOffered;
import org.agora.wireless.smallcell.events.PriceChanged;

/**
 * What the small-cell display draws: the model's view (city, cells, users, grants), a view object
 * per user and cell for the portrayals and inspectors, and each cell's latest price heard from the
 * market's events.
 *
 * <p>Threading: changed on the simulation thread while it holds the schedule's lock; read by the
 * painting, which takes the same lock.
 */
final class SmallCellScene {

    private final double widthM;
    private final double heightM;
    private final Map<String, Double> prices = new HashMap<>();
    private final List<UserView> users = new ArrayList<>();
    private final List<CellView> cells = new ArrayList<>();
    private SmallCellView view;

    /** A scene of a city this wide and high (metres). */
    SmallCellScene(double widthM, double heightM) {
        this.widthM = widthM;
        this.heightM = heightM;
    }

    double widthM() {
        return widthM;
    }

    double heightM() {
        return heightM;
    }

    /** A new run. */
    void reset(SmallCellView newView) {
        view = newView;
        prices.clear();
        users.clear();
        cells.clear();
        for (int u = 0; u < view.users(); u++) {
            users.add(new UserView(this, u));
        }
        for (int b = 0; b < view.cells(); b++) {
            cells.add(new CellView(this, b));
        }
    }

    SmallCellView view() {
        return view;
    }

    List<UserView> users() {
        return users;
    }

    List<CellView> cells() {
        return cells;
    }

    List<Building> buildings() {
        return view == null ? List.of() : view.grid().buildings();
    }

    void accept(Event event) {
        if (event instanceof BlocksOffered offered) {
            prices.put(offered.source(), offered.askPrice());
        } else if (event instanceof PriceChanged changed) {
            prices.put(changed.source(), changed.newPrice());
        } else if (event instanceof BlocksGranted granted) {
            prices.put(granted.source(), granted.price());
        }
    }

    /** The cell's price as the market last set it, or −1. */
    double priceOf(String cellId) {
        return prices.getOrDefault(cellId, -1.0);
    }
}
