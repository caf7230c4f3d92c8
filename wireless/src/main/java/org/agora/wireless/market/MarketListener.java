package org.agora.wireless.market;

/**
 * What a market session tells the outside world as it goes (the simulation turns these into
 * events). Indices are the instance's; prices in credits per block per second. Called on the
 * thread that drives the session.
 */
public interface MarketListener {

    /** A listener that ignores everything. */
    MarketListener NONE = new MarketListener() {
    };

    /** Station {@code station} offers {@code blocks} at {@code askPrice} (when the session opens). */
    default void offered(int station, int blocks, double askPrice) {
    }

    /** User {@code user} bid for {@code blocks} at {@code station} at {@code price} per block in round {@code round}. */
    default void bidPlaced(int round, int user, int station, int blocks, double price) {
    }

    /**
     * Station {@code station}'s ask moved from {@code oldPrice} to {@code newPrice} after round
     * {@code round}, when {@code demandBlocks} were wanted of its {@code supplyBlocks}.
     */
    default void priceChanged(int round, int station, double oldPrice, double newPrice, int demandBlocks,
            int supplyBlocks) {
    }
}
