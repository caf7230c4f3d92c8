package org.agora.wireless.smallcell;

/** Extra blocks a cell lends a user, from a grant until their release. Mutable only in {@link #active}. */
final class Grant {

    final int user;
    final int cell;
    final int blocks;
    final double price;
    final int session;
    final double grantedAt;
    boolean active = true;

    Grant(int user, int cell, int blocks, double price, int session, double grantedAt) {
        this.user = user;
        this.cell = cell;
        this.blocks = blocks;
        this.price = price;
        this.session = session;
        this.grantedAt = grantedAt;
    }
}
