package org.agora.viz.commons;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.agora.agents.commons.CommonsScenario;
import org.agora.agents.commons.Setting;
import org.agora.core.event.Event;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.viz.display.WallClockDisplay2D;
import org.agora.viz.family.FamilyDisplay;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * A commons society in a MASON {@link Display2D}: the pool as a tank filled to its level (the lake,
 * the pasture, the river, the trash) with the level before this month's harvest, the
 * sustainability line and the collapse threshold; each member as a column with what it asked for
 * and what it got this month, the per-agent threshold across them, and the limit agreed in the
 * month's discussion when there is one. A click on a member opens its inspector. Beneath the
 * display, a text area lists what was said in the month shown (a language-model member's words, a
 * rule-based member's remark in words) and the limit agreed. Read from the
 * model's public view after each month.
 */
public final class CommonsDisplay implements FamilyDisplay {

    private final List<MemberView> inspectedViews = new ArrayList<>();
    private CommonsScene scene;
    private WallClockDisplay2D display;
    private JFrame frame;
    private Continuous2D field;
    private ContinuousPortrayal2D membersPortrayal;
    private CommonsInspection inspection;
    private MonthConversation conversation;
    private JTextArea conversationText;
    /** Lines of the conversation shown beneath the display. */
    private static final int CONVERSATION_ROWS = 5;

    @Override
    public void init(GUIState gui, Controller controller, ScenarioSpec spec) {
        Setting setting = ((CommonsScenario) spec.scenario()).setting();
        scene = new CommonsScene(setting);
        inspection = new CommonsInspection(scene);
        display = new WallClockDisplay2D(CommonsScene.WIDTH, CommonsScene.HEIGHT, gui);
        display.setBackdrop(CommonsColours.PAPER);
        field = new Continuous2D(50, CommonsScene.WIDTH, CommonsScene.HEIGHT);
        membersPortrayal = new ContinuousPortrayal2D();
        membersPortrayal.setField(field);
        membersPortrayal.setPortrayalForAll(new MemberPortrayal(scene, this));
        display.attach(new PoolLayer(scene, false), "The pool");
        // beneath the members: a bar as high as the threshold or the agreed limit must still show
        display.attach(new PoolLayer(scene, true), "Threshold and agreed limit");
        display.attach(membersPortrayal, "Members");
        display.inspectOnClick();
        frame = display.createFrame();
        frame.setTitle("Commons — " + spec.name());
        controller.registerFrame(frame);
        conversation = new MonthConversation(setting.unit());
        conversationText = new JTextArea(CONVERSATION_ROWS, 60);
        conversationText.setEditable(false);
        conversationText.setLineWrap(true);
        conversationText.setWrapStyleWord(true);
        // Beneath the display, in the same window: the display keeps its size, the window grows.
        JScrollPane scroll = new JScrollPane(conversationText);
        frame.getContentPane().add(scroll, java.awt.BorderLayout.SOUTH);
        frame.setSize(frame.getWidth(), frame.getHeight() + scroll.getPreferredSize().height);
    }

    @Override
    public void started(Model model) {
        scene.reset(CommonsScenario.viewOf(model));
        inspectedViews.clear();
        field.clear();
        stepped();
        display.reset();
        display.repaint();
    }

    @Override
    public void accept(Event event) {
        // the society is read from the model after each month; what was said comes from the events
        conversation.accept(event);
    }

    @Override
    public void stepped() {
        scene.update();
        for (MemberView member : scene.members()) {
            field.setObjectLocation(member, new Double2D(scene.columnCentre(member.index()), CommonsScene.BOTTOM));
        }
        String text = conversation.text();
        SwingUtilities.invokeLater(() -> conversationText.setText(text));
    }

    /** The conversation window's text: the month shown, its agreed limit and its utterances (on the event thread). */
    public String conversationText() {
        return conversationText.getText();
    }

    @Override
    public Object inspected() {
        return inspection;
    }

    void inspected(MemberView member) {
        inspectedViews.add(member);
    }

    /** The members whose inspectors were opened in this run, in order. */
    public List<MemberView> inspectedMembers() {
        return List.copyOf(inspectedViews);
    }

    /** The members, in the society's order (under the schedule's lock). */
    public List<MemberView> members() {
        return List.copyOf(scene.members());
    }

    public Display2D display() {
        return display;
    }

    public JFrame frame() {
        return frame;
    }

    public ContinuousPortrayal2D membersPortrayal() {
        return membersPortrayal;
    }

    /** The field's y of {@code units} in the pool's tank (the field's units are pixels at scale 1). */
    public double poolY(double units) {
        return scene.poolY(units);
    }

    /** The field's y of {@code units} in the members' bars, for the month shown. */
    /** The values the members' value axis marks, pool units (under the schedule's lock). */
    public List<Long> barTicks() {
        return scene.barTicks();
    }

    public double barY(double units) {
        return scene.barY(units);
    }

    /** The field's x of the centre of member {@code i}'s column, and of its bars. */
    public double[] columnOf(int member) {
        double centre = scene.columnCentre(member);
        double bar = scene.columnWidth() * MemberPortrayal.BAR_SHARE;
        return new double[] {centre, centre - bar / 2, centre + bar / 2};
    }

    @Override
    public void quit() {
        if (frame != null) {
            frame.dispose();
        }
        display = null;
    }
}
