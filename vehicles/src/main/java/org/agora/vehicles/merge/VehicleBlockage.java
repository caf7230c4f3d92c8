package org.agora.vehicles.merge;

import java.util.List;
import org.agora.vehicles.traffic.Vehicle;
import org.agora.wireless.sidelink.PathLossModel;
import org.agora.wireless.sidelink.SidelinkNode;

/**
 * Whether vehicles block a V2V link's line of sight (3GPP's NLOSv): a vehicle other than the two
 * ends whose centre lies between them within half a vehicle width of the straight line. Stateless.
 */
final class VehicleBlockage {

    private VehicleBlockage() {
    }

    /** NLOSv when one of {@code vehicles} blocks the line from {@code from} to {@code to}, else highway LOS. */
    static PathLossModel condition(List<Vehicle> vehicles, SidelinkNode from, SidelinkNode to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length2 = dx * dx + dy * dy;
        if (length2 == 0) {
            return PathLossModel.HIGHWAY_LOS;
        }
        for (Vehicle vehicle : vehicles) {
            if (vehicle == from || vehicle == to) {
                continue;
            }
            double t = ((vehicle.x() - from.x()) * dx + (vehicle.y() - from.y()) * dy) / length2;
            if (t <= 0 || t >= 1) {
                continue;
            }
            double px = from.x() + t * dx - vehicle.x();
            double py = from.y() + t * dy - vehicle.y();
            if (px * px + py * py < (Vehicle.WIDTH / 2) * (Vehicle.WIDTH / 2)) {
                return PathLossModel.NLOSV;
            }
        }
        return PathLossModel.HIGHWAY_LOS;
    }
}
