package org.agora.wireless.sidelink;

/**
 * The settings of a V2V sidelink (C-V2X Mode 4 delivery, 802.11p-style airtime), validated on
 * construction.
 *
 * @param carrierGHz carrier frequency in GHz (5.9 for ITS)
 * @param txPowerDbm transmit power in dBm
 * @param sensingThresholdDbm the power below which a packet is not sensed, in dBm (−90.5 for Mode 4)
 * @param bandwidthHz channel bandwidth in Hz, for the thermal noise
 * @param noiseFigureDb receiver noise figure in dB
 * @param packetBytes message size in bytes (the block error table is for 190 bytes)
 * @param dataRateBps the rate the airtime is computed at, in bit/s
 * @param messagesPerSecond how many packets per second each vehicle sends (λ, for half duplex)
 * @param collisionProbability the share of otherwise decodable packets destroyed by a simultaneous
 *     transmission on the same resources (Agora's stand-in for the study's collision term)
 * @param accessDelay how long a message waits for the channel
 */
public record SidelinkConfig(double carrierGHz, double txPowerDbm, double sensingThresholdDbm, double bandwidthHz,
        double noiseFigureDb, int packetBytes, double dataRateBps, double messagesPerSecond,
        double collisionProbability, AccessDelay accessDelay) {

    public SidelinkConfig {
        require(carrierGHz > 0 && Double.isFinite(carrierGHz), "carrier frequency must be > 0 GHz");
        require(Double.isFinite(txPowerDbm), "transmit power must be finite");
        require(Double.isFinite(sensingThresholdDbm), "sensing threshold must be finite");
        require(bandwidthHz > 0, "bandwidth must be > 0 Hz");
        require(noiseFigureDb >= 0, "noise figure must be >= 0 dB");
        require(packetBytes > 0, "packet size must be > 0 bytes");
        require(dataRateBps > 0, "data rate must be > 0 bit/s");
        require(messagesPerSecond >= 0 && messagesPerSecond <= 1000, "message rate must be in [0, 1000] per second");
        require(collisionProbability >= 0 && collisionProbability <= 1, "collision probability must be in [0, 1]");
        if (accessDelay == null) {
            throw new IllegalArgumentException("access delay is missing");
        }
    }

    /**
     * C-V2X Mode 4 as the study evaluates it: 5.9 GHz, 23 dBm, sensing at −90.5 dBm, 10 MHz with a
     * 9 dB noise figure, 190-byte packets, 6 Mbit/s, 10 packets per second, no collision loss,
     * and a uniform access delay over a 100 ms selection window.
     */
    public static SidelinkConfig defaults() {
        return new SidelinkConfig(5.9, 23, -90.5, 10e6, 9, 190, 6e6, 10, 0, new AccessDelay.Uniform(0.100));
    }

    /** The thermal noise power over the bandwidth, in dBm: −174 + 10·log10(B) + NF. */
    public double noiseDbm() {
        return -174 + 10 * Math.log10(bandwidthHz) + noiseFigureDb;
    }

    /** A copy with another message rate (λ, packets per second). */
    public SidelinkConfig withMessagesPerSecond(double rate) {
        return new SidelinkConfig(carrierGHz, txPowerDbm, sensingThresholdDbm, bandwidthHz, noiseFigureDb, packetBytes,
                dataRateBps, rate, collisionProbability, accessDelay);
    }

    /** A copy with another access delay. */
    public SidelinkConfig withAccessDelay(AccessDelay delay) {
        return new SidelinkConfig(carrierGHz, txPowerDbm, sensingThresholdDbm, bandwidthHz, noiseFigureDb, packetBytes,
                dataRateBps, messagesPerSecond, collisionProbability, delay);
    }

    /** A copy with another transmit power in dBm. */
    public SidelinkConfig withTxPowerDbm(double power) {
        return new SidelinkConfig(carrierGHz, power, sensingThresholdDbm, bandwidthHz, noiseFigureDb, packetBytes,
                dataRateBps, messagesPerSecond, collisionProbability, accessDelay);
    }

    /** A copy with another collision probability. */
    public SidelinkConfig withCollisionProbability(double probability) {
        return new SidelinkConfig(carrierGHz, txPowerDbm, sensingThresholdDbm, bandwidthHz, noiseFigureDb, packetBytes,
                dataRateBps, messagesPerSecond, probability, accessDelay);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
