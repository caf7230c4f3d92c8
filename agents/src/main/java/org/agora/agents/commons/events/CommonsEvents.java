package org.agora.agents.commons.events;

import java.util.List;
import org.agora.agents.commons.policies.PolicyKind;
import org.agora.agents.llm.LanguageModelCalled;
import org.agora.core.event.Event;
import org.agora.core.event.EventCatalog;
import org.agora.core.event.FieldChange;

/** The event types of the commons societies, in the order a month publishes them. */
public final class CommonsEvents implements EventCatalog {

    /** Every type, in the order a month publishes them (language-model calls come within the phases that make them). */
    public static final List<Class<? extends Event>> TYPES = List.of(MemberJoined.class, PoolHarvested.class,
            HarvestAllocated.class, HarvestReported.class, UtteranceMade.class, AgreementReached.class,
            CommonsCollapsed.class, ResourceRegrew.class, RoundScored.class, LanguageModelCalled.class);

    @Override
    public List<Class<? extends Event>> eventTypes() {
        return TYPES;
    }

    /** Version 2 wrote a member's kind as its {@link PolicyKind} constant instead of the scenario file's word. */
    @Override
    public List<FieldChange> fieldChanges() {
        return List.of(FieldChange.recoded(2, MemberJoined.class, "kind", word -> PolicyKind.of(word).name()));
    }
}
