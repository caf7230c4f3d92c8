package org.agora.viz.merge;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.agora.core.event.Event;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.vehicles.merge.MergeScenario;
import org.agora.vehicles.road.Road;
import org.agora.viz.display.WallClockDisplay2D;
import org.agora.viz.family.FamilyDisplay;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The on-ramp merge in a MASON {@link Display2D}: the road to scale, HDVs and CAVs in their colours,
 * each CAV's shared intent as the path it announced, rings for safety overrides and crosses for
 * collisions. A click on a vehicle opens its inspector in the Console (MASON's double-click does too).
 * The vehicles are read from the model's public accessors after each instant.
 */
public final class MergeDisplay implements FamilyDisplay {

    private static final double WIDEST_PIXELS = 1400;
    private static final double MIN_PIXELS_PER_METRE = 1;
    private static final double MAX_PIXELS_PER_METRE = 8;
    /** Road shown before the merge lane begins and after it ends when the display opens, metres. */
    static final double APPROACH = 120;

    private final MergeScene scene = new MergeScene();
    private final List<VehicleView> inspectedViews = new ArrayList<>();
    private final MergeInspection inspection = new MergeInspection(scene);
    private WallClockDisplay2D display;
    private JFrame frame;
    private RoadGeometry geometry;
    private Continuous2D field;
    private ContinuousPortrayal2D vehicles;
    private MergeOverlay overlay;

    @Override
    public void init(GUIState gui, Controller controller, ScenarioSpec spec) {
        Road road = MergeScenario.road(spec.parameters());
        double scale = pixelsPerMetre(road);
        geometry = RoadGeometry.of(road).withRoomAboveAndBelow(MergeOverlay.BAND / scale);
        display = new WallClockDisplay2D(geometry.width() * scale, geometry.height() * scale, gui);
        display.setBackdrop(MergeColours.VERGE);
        field = new Continuous2D(10, geometry.width(), geometry.height());
        vehicles = new ContinuousPortrayal2D();
        vehicles.setField(field);
        vehicles.setPortrayalForAll(new VehiclePortrayal(this));
        display.attach(new RoadPortrayal(road, geometry), "Road");
        display.attach(new IntentPortrayal(scene, geometry), "Shared intents");
        display.attach(new MarkerPortrayal(scene, geometry), "Safety overrides and collisions");
        display.attach(vehicles, "Vehicles");
        overlay = new MergeOverlay(scene, geometry);
        display.attach(overlay, "Legend, scale and time");
        display.inspectOnClick();
        frame = display.createFrame();
        frame.setTitle("Merge — " + spec.name() + " (road " + road.name() + ")");
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Dimension size = frame.getSize();
        frame.setSize(Math.min(size.width, Math.min(screen.width, (int) WIDEST_PIXELS)), Math.min(size.height, screen.height / 2));
        frame.validate();
        display.display.getViewport().setViewPosition(mergeAreaCorner(road, scale));
        controller.registerFrame(frame);
    }

    /** As many pixels per metre as fit the merge area (the merge lane and its approaches) in a wide window, within [1, 8]. */
    static double pixelsPerMetre(Road road) {
        double mergeArea = road.mergeEndX() - road.mergeStartX() + 2 * APPROACH;
        if (!(mergeArea > 0)) {
            mergeArea = RoadGeometry.of(road).width();
        }
        return Math.max(MIN_PIXELS_PER_METRE, Math.min(MAX_PIXELS_PER_METRE, WIDEST_PIXELS / mergeArea));
    }

    /** The view's corner, pixels, that centres the merge area in the window (the whole road's centre without one). */
    private Point mergeAreaCorner(Road road, double scale) {
        double middle = Double.isNaN(road.mergeStartX()) ? geometry.minX() + geometry.width() / 2
                : (road.mergeStartX() + road.mergeEndX()) / 2;
        double centre = geometry.fieldX(middle) * scale;
        int viewWidth = display.display.getViewport().getExtentSize().width;
        int widest = (int) Math.max(0, geometry.width() * scale - viewWidth);
        return new Point((int) Math.max(0, Math.min(widest, centre - viewWidth / 2.0)), 0);
    }

    /** The part of the display the window shows, pixels of the display (Swing thread). */
    public Rectangle visibleArea() {
        return display.display.getViewport().getViewRect();
    }

    @Override
    public void started(Model model) {
        scene.reset(model);
        inspectedViews.clear();
        field.clear();
        display.reset();
        display.repaint();
    }

    @Override
    public void accept(Event event) {
        scene.accept(event);
    }

    @Override
    public void stepped() {
        for (VehicleView gone : scene.update()) {
            field.remove(gone);
        }
        for (VehicleView view : scene.views()) {
            field.setObjectLocation(view, new Double2D(geometry.fieldX(view.xMetres()), geometry.fieldY(view.yMetres())));
        }
    }

    @Override
    public Object inspected() {
        return inspection;
    }

    /** A vehicle's inspector was opened. */
    void inspected(VehicleView view) {
        inspectedViews.add(view);
    }

    /** The vehicles whose inspectors were opened in this run, in order. */
    public List<VehicleView> inspectedVehicles() {
        return List.copyOf(inspectedViews);
    }

    MergeOverlay overlay() {
        return overlay;
    }

    MergeScene scene() {
        return scene;
    }

    /** The MASON display (for tests and tools). */
    public Display2D display() {
        return display;
    }

    /** The window of the display. */
    public JFrame frame() {
        return frame;
    }

    /** The road's box: field coordinates are road coordinates minus its corner. */
    public RoadGeometry geometry() {
        return geometry;
    }

    /** The vehicles on the road as last drawn, in order of entry (simulation thread, or under the schedule's lock). */
    public List<VehicleView> vehicles() {
        return List.copyOf(scene.views());
    }

    /** The portrayal of the vehicles (MASON maps field locations to pixels through it). */
    public ContinuousPortrayal2D vehiclePortrayal() {
        return vehicles;
    }

    /** The field of the vehicles' portrayal. */
    public Continuous2D field() {
        return field;
    }

    @Override
    public void quit() {
        if (frame != null) {
            frame.dispose();
        }
        display = null;
    }
}
