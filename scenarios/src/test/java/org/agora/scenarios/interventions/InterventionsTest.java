package org.agora.scenarios.interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.MemberJoined;
import org.agora.agents.commons.policies.PolicyKind;
import org.agora.core.config.BadInputException;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;
import org.agora.core.event.Event;
import org.agora.core.event.InterventionApplied;
import org.agora.core.scenario.Action;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.script.ScenarioScript;
import org.agora.core.script.ScriptedRun;
import org.agora.vehicles.event.IntentBroadcast;
import org.agora.vehicles.event.SafetyOverridden;
import org.agora.vehicles.event.VehicleEntered;
import org.agora.vehicles.traffic.VehicleType;
import org.agora.wireless.smallcell.events.BlockageCause;
import org.agora.wireless.smallcell.events.BlockageEnded;
import org.agora.wireless.smallcell.events.BlockageStarted;
import org.junit.jupiter.api.Test;

/**
 * Every kind of timed intervention the families offer fires at its time, as an
 * InterventionApplied event, and changes what it should, checked on the run's events.
 */
class InterventionsTest {

    private static final double MONTH = SimTime.MONTH;

    private static InterventionApplied applied(ScriptedRun run, String action) {
        List<InterventionApplied> applied = run.events(InterventionApplied.class).stream()
                .filter(a -> a.action().equals(action)).toList();
        assertThat(applied).as("InterventionApplied %s", action).hasSize(1);
        return applied.get(0);
    }

    private static <E extends Event> long count(ScriptedRun run, Class<E> type, Predicate<E> which) {
        return run.events(type).stream().filter(which).count();
    }

    @Test
    void everyFamilyOffersItsActions() {
        ScenarioCatalog catalog = ScenarioCatalog.installed();
        Map<String, List<String>> expected = Map.of(
                "govsim-fishery", List.of("add-agent", "set-universalization"),
                "v2x-merge", List.of("set-cav-share", "set-intent-sharing", "set-safety-module"),
                "smallcell-market", List.of("block-link", "block-area", "set-blockage-rate"));
        expected.forEach((id, actions) -> assertThat(catalog.scenario(id).orElseThrow().actions())
                .extracting(Action::name).containsExactlyInAnyOrderElementsOf(actions));
    }

    @Test
    void addAgentJoinsAGreedyMemberAtItsRoundWhoHarvestsFromThen() {
        ScriptedRun run = ScenarioScript.of("govsim-fishery").until("6 months")
                .population("sustainable", 4, Map.of())
                .atRound(3, "add-agent", Map.of("kind", "greedy", "amount", 20))
                .run();
        InterventionApplied applied = applied(run, "add-agent");
        assertThat(applied.header().time()).isEqualTo(2 * MONTH);
        assertThat(applied.round()).isEqualTo(3);
        assertThat(run.events(MemberJoined.class)).filteredOn(j -> j.round() == 3).singleElement()
                .satisfies(j -> assertThat(j.kind()).isEqualTo(PolicyKind.GREEDY));
        assertThat(count(run, HarvestAllocated.class, h -> h.round() == 2)).isEqualTo(4);
        assertThat(count(run, HarvestAllocated.class, h -> h.round() == 3)).isEqualTo(5);
        assertThat(run.events(HarvestAllocated.class)).filteredOn(h -> h.round() == 3)
                .anySatisfy(h -> assertThat(h.requested()).isEqualTo(20));
    }

    @Test
    void setUniversalizationMakesTheAwareMemberKeepToTheThresholdFromItsRound() {
        ScriptedRun run = ScenarioScript.of("govsim-fishery").until("8 months")
                .population("sustainable", 4, Map.of())
                .population("universalization-aware", 1, Map.of("amount", 14))
                .atRound(4, "set-universalization", Map.of("on", true))
                .run();
        InterventionApplied applied = applied(run, "set-universalization");
        assertThat(applied.header().time()).isEqualTo(3 * MONTH);
        List<HarvestAllocated> aware = run.events(HarvestAllocated.class).stream()
                .filter(h -> h.header().source().equals(awareMember(run))).toList();
        assertThat(aware).filteredOn(h -> h.round() < 4).isNotEmpty().allSatisfy(h -> assertThat(h.requested()).isEqualTo(14));
        assertThat(aware).filteredOn(h -> h.round() >= 4).isNotEmpty().allSatisfy(h -> assertThat(h.requested()).isLessThan(14));
    }

    /** The member that asked for 14 in the first round. */
    private static String awareMember(ScriptedRun run) {
        return run.events(HarvestAllocated.class).stream().filter(h -> h.round() == 1 && h.requested() == 14)
                .map(h -> h.header().source()).findFirst().orElseThrow();
    }

    private static ScenarioScript smallCells() {
        return ScenarioScript.of("smallcell-market").until("40 s").set("reportInterval", 0);
    }

    @Test
    void blockLinkBlocksThatUsersLinkByItsDepthForItsDuration() {
        ScriptedRun run = smallCells().set("blockageRate", 0)
                .at("20 s", "block-link", Map.of("user", 7, "depthDb", 25, "duration", "10 s")).run();
        assertThat(applied(run, "block-link").header().time()).isEqualTo(20.0);
        assertThat(run.events(BlockageStarted.class)).singleElement().satisfies(b -> {
            assertThat(b.header().time()).isEqualTo(20.0);
            assertThat(b.header().source()).isEqualTo("ue-7");
            assertThat(b.cause()).isEqualTo(BlockageCause.INTERVENTION);
            assertThat(b.depthDb()).isEqualTo(25.0);
            assertThat(b.durationS()).isEqualTo(10.0);
        });
        assertThat(run.events(BlockageEnded.class)).singleElement().satisfies(e -> {
            assertThat(e.header().time()).isEqualTo(30.0);
            assertThat(e.header().source()).isEqualTo("ue-7");
        });
    }

    @Test
    void blockAreaBlocksEveryUserNearItsCentreAtItsTime() {
        ScriptedRun run = smallCells().set("blockageRate", 0)
                .at("15 s", "block-area", Map.of("x", 310, "y", 310, "radius", 400, "depthDb", 30, "duration", "5 s")).run();
        assertThat(applied(run, "block-area").header().time()).isEqualTo(15.0);
        List<BlockageStarted> area = run.events(BlockageStarted.class);
        assertThat(area).hasSizeGreaterThan(1).allSatisfy(b -> {
            assertThat(b.header().time()).isEqualTo(15.0);
            assertThat(b.cause()).isEqualTo(BlockageCause.AREA);
            assertThat(b.depthDb()).isEqualTo(30.0);
        });
        assertThat(area).extracting(b -> b.header().source()).doesNotHaveDuplicates();
    }

    @Test
    void setBlockageRateChangesHowOftenRandomBlockagesStart() {
        ScriptedRun run = smallCells().set("blockageRate", 0)
                .at("20 s", "set-blockage-rate", Map.of("rate", 20)).run();
        assertThat(applied(run, "set-blockage-rate").header().time()).isEqualTo(20.0);
        List<BlockageStarted> random = run.events(BlockageStarted.class).stream().filter(b -> b.cause() == BlockageCause.RANDOM).toList();
        assertThat(random).allSatisfy(b -> assertThat(b.header().time()).isGreaterThanOrEqualTo(20.0));
        assertThat(random).hasSizeGreaterThan(20);
    }

    private static ScenarioScript inflow() {
        return ScenarioScript.of("v2x-merge").until("120 s").set("density", "inflow").set("stateInterval", 0);
    }

    @Test
    void setCavShareChangesTheShareOfVehiclesEnteringFromItsTime() {
        ScriptedRun run = inflow().set("cavShare", 0.0).at("60 s", "set-cav-share", Map.of("share", 1.0)).run();
        assertThat(applied(run, "set-cav-share").header().time()).isEqualTo(60.0);
        List<VehicleEntered> before = run.events(VehicleEntered.class).stream().filter(v -> v.header().time() < 60).toList();
        List<VehicleEntered> after = run.events(VehicleEntered.class).stream().filter(v -> v.header().time() > 60).toList();
        assertThat(before).isNotEmpty().allSatisfy(v -> assertThat(v.vehicleType()).isEqualTo(VehicleType.HDV));
        assertThat(after).isNotEmpty().allSatisfy(v -> assertThat(v.vehicleType()).isEqualTo(VehicleType.CAV));
    }

    @Test
    void setIntentSharingStopsTheBroadcastsFromItsTime() {
        ScriptedRun run = inflow().set("cavShare", 0.5).at("60 s", "set-intent-sharing", Map.of("enabled", false)).run();
        assertThat(applied(run, "set-intent-sharing").header().time()).isEqualTo(60.0);
        assertThat(count(run, IntentBroadcast.class, b -> b.header().time() < 60)).isPositive();
        assertThat(count(run, IntentBroadcast.class, b -> b.header().time() >= 60)).isZero();
    }

    @Test
    void setSafetyModuleStartsTheOverridesFromItsTime() {
        ScriptedRun run = ScenarioScript.of("v2x-merge").until("200 s").set("density", "hard").set("safetyModule", false)
                .set("stateInterval", 0).at("100 s", "set-safety-module", Map.of("enabled", true)).run();
        assertThat(applied(run, "set-safety-module").header().time()).isEqualTo(100.0);
        assertThat(count(run, SafetyOverridden.class, o -> o.header().time() < 100)).isZero();
        assertThat(count(run, SafetyOverridden.class, o -> o.header().time() >= 100)).isPositive();
    }

    @Test
    void badActionsArgumentsAndTimesNameFileLineAndKey() {
        ScenarioFile files = new ScenarioFile(ScenarioCatalog.installed());
        String head = "scenario: smallcell-market\nuntil: 60 s\ninterventions:\n";
        assertThatThrownBy(() -> files.parse(ConfigNode.parseYaml(head + "  - {at: 10 s, action: block-lnk, user: 1}\n", "s.yaml"), "s"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("s.yaml:4: interventions[0].action: unknown action 'block-lnk' (did you mean 'block-link'?)");
        assertThatThrownBy(() -> files.parse(ConfigNode.parseYaml(head + "  - {at: 10 s, action: block-link, depthDb: 300}\n", "s.yaml"), "s"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("s.yaml:4: interventions[0].depthDb:");
        assertThatThrownBy(() -> files.parse(ConfigNode.parseYaml(head + "  - {at: 90 s, action: set-blockage-rate, rate: 2}\n", "s.yaml"), "s"))
                .isInstanceOf(BadInputException.class).hasMessage("s.yaml:4: interventions[0].at: after the stop time (60 s)");
        assertThatThrownBy(() -> files.parse(ConfigNode.parseYaml(head + "  - {round: 2, action: set-blockage-rate, rate: 2}\n", "s.yaml"), "s"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("s.yaml:4: interventions[0].round:");
        String commons = "scenario: govsim-fishery\nuntil: 12 months\ninterventions:\n";
        assertThatThrownBy(() -> files.parse(ConfigNode.parseYaml(commons + "  - {round: 3, action: add-agent, kind: grredy}\n", "c.yaml"), "c"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("c.yaml:4: interventions[0].kind:");
        assertThatThrownBy(() -> files.parse(ConfigNode.parseYaml(commons + "  - {round: 14, action: add-agent, kind: greedy}\n", "c.yaml"), "c"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("c.yaml:4: interventions[0].round:");
        assertThatThrownBy(() -> files.parse(ConfigNode.parseYaml(commons + "  - {round: 13, action: add-agent, kind: greedy}\n", "c.yaml"), "c"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("c.yaml:4: interventions[0].round: after the last round (12; the parameter rounds): it would never fire");
        assertThatThrownBy(() -> files.parse(ConfigNode.parseYaml(commons + "  - {at: 12 months, action: set-universalization}\n", "c.yaml"), "c"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("c.yaml:4: interventions[0].at: after the last round");
        String merge = "scenario: v2x-merge\nuntil: 100 s\ninterventions:\n";
        assertThatThrownBy(() -> files.parse(ConfigNode.parseYaml(merge + "  - {at: 50 s, action: set-cav-share, share: 1.5}\n", "m.yaml"), "m"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("m.yaml:4: interventions[0].share:");
    }
}
