package org.agora.wireless.sidelink;

/** A radio on the sidelink: an id and a position in metres. */
public interface SidelinkNode {

    /** The node's id (a vehicle id), for events. */
    String id();

    /** Its x coordinate in metres. */
    double x();

    /** Its y coordinate in metres. */
    double y();
}
