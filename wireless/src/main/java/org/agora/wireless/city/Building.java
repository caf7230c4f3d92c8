package org.agora.wireless.city;

/**
 * One city block: a building filling the block's footprint.
 *
 * @param column the block's column (0 = westmost)
 * @param row the block's row (0 = southmost)
 * @param minX west wall, metres
 * @param minY south wall, metres
 * @param maxX east wall, metres
 * @param maxY north wall, metres
 * @param heightM roof height in metres
 */
public record Building(int column, int row, double minX, double minY, double maxX, double maxY, double heightM) {
}
