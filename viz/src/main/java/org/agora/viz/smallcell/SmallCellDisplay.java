package org.agora.viz.smallcell;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.agora.core.event.Event;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.viz.display.WallClockDisplay2D;
import org.agora.viz.family.FamilyDisplay;
import org.agora.wireless.city.ManhattanGrid;
import org.agora.wireless.smallcell.SmallCellConfig;
import org.agora.wireless.smallcell.SmallCellMarketScenario;
import org.agora.wireless.smallcell.SmallCellView;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The small-cell city in a MASON {@link Display2D}, north up: a coverage map of the best SINR under
 * the buildings, the CoMP clusters, base stations labelled with the blocks they lend and their
 * price, users coloured by their state, their serving links, the targets of their handovers and the
 * links of the extra blocks they hold. A click on a user or a base station opens its inspector.
 * Read from the model's public view after each instant.
 */
public final class SmallCellDisplay implements FamilyDisplay {

    private static final double LARGEST_PIXELS = 820;
    /** The window's title bar, the display's tool bar and scroll bars, pixels: the city fits the screen with them. */
    private static final double WINDOW_CHROME_PIXELS = 120;

    private final List<Object> inspectedViews = new ArrayList<>();
    private SmallCellScene scene;
    private WallClockDisplay2D display;
    private JFrame frame;
    private CoverageLayer coverage;
    private Continuous2D userField;
    private Continuous2D cellField;
    private ContinuousPortrayal2D usersPortrayal;
    private ContinuousPortrayal2D cellsPortrayal;
    private SmallCellInspection inspection;
    private KeyLayer key;

    @Override
    public void init(GUIState gui, Controller controller, ScenarioSpec spec) {
        SmallCellConfig.City city = SmallCellConfig.from(spec.parameters(), spec.population()).city();
        ManhattanGrid layout = new ManhattanGrid(city.columns(), city.rows(), city.blockSizeM(), city.streetWidthM(),
                new double[city.columns() * city.rows()]);
        scene = new SmallCellScene(layout.widthM(), layout.heightM());
        inspection = new SmallCellInspection(scene);
        double fieldWidth = CityLayer.fieldWidth(scene);
        double fieldHeight = CityLayer.fieldHeight(scene);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        double largest = Math.min(LARGEST_PIXELS, Math.min(screen.width, screen.height) - WINDOW_CHROME_PIXELS);
        double scale = Math.min(4, largest / Math.max(fieldWidth, fieldHeight));
        display = new WallClockDisplay2D(fieldWidth * scale, fieldHeight * scale, gui);
        display.setBackdrop(new Color(0x30343A));
        coverage = new CoverageLayer(scene);
        userField = new Continuous2D(20, fieldWidth, fieldHeight);
        cellField = new Continuous2D(20, fieldWidth, fieldHeight);
        usersPortrayal = new ContinuousPortrayal2D();
        usersPortrayal.setField(userField);
        usersPortrayal.setPortrayalForAll(new UserPortrayal(this));
        cellsPortrayal = new ContinuousPortrayal2D();
        cellsPortrayal.setField(cellField);
        cellsPortrayal.setPortrayalForAll(new CellPortrayal(this));
        display.attach(coverage, "Coverage (best SINR, median channel)");
        display.attach(new BuildingsLayer(scene), "Buildings");
        display.attach(new NetworkLayer(scene), "Clusters, serving links, handovers, extra blocks");
        display.attach(cellsPortrayal, "Base stations");
        display.attach(usersPortrayal, "Users");
        key = new KeyLayer(scene);
        display.attach(key, "SINR colour bar and symbols");
        display.inspectOnClick();
        frame = display.createFrame();
        frame.setTitle("Small cells — " + spec.name());
        Dimension size = frame.getSize();
        frame.setSize(Math.min(size.width, screen.width), Math.min(size.height, screen.height));
        controller.registerFrame(frame);
    }

    @Override
    public void started(Model model) {
        SmallCellView view = SmallCellMarketScenario.viewOf(model);
        scene.reset(view);
        inspectedViews.clear();
        coverage.compute(view);
        userField.clear();
        cellField.clear();
        for (CellView cell : scene.cells()) {
            cellField.setObjectLocation(cell, fieldLocation(cell.getX(), cell.getY()));
        }
        stepped();
        display.reset();
        display.repaint();
    }

    /** Where the field holds a city point: north is up, so the field's y runs from the north edge; a margin around the city. */
    public Double2D fieldLocation(double x, double y) {
        return new Double2D(x + CityLayer.MARGIN_M, CityLayer.MARGIN_M + scene.heightM() - y);
    }

    @Override
    public void accept(Event event) {
        scene.accept(event);
    }

    @Override
    public void stepped() {
        for (UserView user : scene.users()) {
            userField.setObjectLocation(user, fieldLocation(user.getX(), user.getY()));
        }
    }

    @Override
    public Object inspected() {
        return inspection;
    }

    void inspected(Object view) {
        inspectedViews.add(view);
    }

    /** The users and cells whose inspectors were opened in this run, in order. */
    public List<Object> inspectedViews() {
        return List.copyOf(inspectedViews);
    }

    /** The users, in model order (under the schedule's lock). */
    public List<UserView> users() {
        return List.copyOf(scene.users());
    }

    /** The base stations, in model order. */
    public List<CellView> cells() {
        return List.copyOf(scene.cells());
    }

    public Display2D display() {
        return display;
    }

    public JFrame frame() {
        return frame;
    }

    KeyLayer key() {
        return key;
    }

    SmallCellScene scene() {
        return scene;
    }

    public ContinuousPortrayal2D usersPortrayal() {
        return usersPortrayal;
    }

    public ContinuousPortrayal2D cellsPortrayal() {
        return cellsPortrayal;
    }

    /** The coverage map as drawn (one pixel per sample) and the city point each pixel samples. */
    public java.awt.image.BufferedImage coverageImage() {
        return coverage.image();
    }

    /** The city point (x, y) that pixel (i, j) of {@link #coverageImage()} samples. */
    public double[] coverageSample(int i, int j) {
        return coverage.centre(i, j);
    }

    @Override
    public void quit() {
        if (frame != null) {
            frame.dispose();
        }
        display = null;
    }
}
