package org.agora.core.kafka;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.config.BadInputException;

/** A bootstrap address as users give it: {@code HOST:PORT}, or several separated by commas. */
final class BootstrapAddress {

    private BootstrapAddress() {
    }

    /**
     * Checks the form of {@code bootstrap}.
     *
     * @throws BadInputException naming {@code --kafka} if a part is not HOST:PORT with a port in 1..65535
     */
    static void check(String bootstrap) {
        parse(bootstrap);
    }

    static List<InetSocketAddress> parse(String bootstrap) {
        if (bootstrap == null || bootstrap.isBlank()) {
            throw BadInputException.at("--kafka", 0, null, "the bootstrap address is empty; expected HOST:PORT");
        }
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (String part : bootstrap.split(",")) {
            String address = part.strip();
            int colon = address.lastIndexOf(':');
            if (colon <= 0 || colon == address.length() - 1) {
                throw BadInputException.at("--kafka", 0, null, "'" + address + "' is not HOST:PORT");
            }
            String host = address.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port;
            try {
                port = Integer.parseInt(address.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw BadInputException.at("--kafka", 0, null, "'" + address + "' is not HOST:PORT (the port is not a number)");
            }
            if (port < 1 || port > 65535) {
                throw BadInputException.at("--kafka", 0, null, "'" + address + "': the port must be in 1..65535");
            }
            addresses.add(InetSocketAddress.createUnresolved(host, port));
        }
        return addresses;
    }

    /**
     * Whether anything accepts a TCP connection at one of the addresses; a quick first test
     * that tells "nothing listens there" in milliseconds, before a Kafka client retries for seconds.
     *
     * @return null if one accepted, else why none did (for example "connection refused")
     */
    static String unreachable(String bootstrap, int timeoutMillis) {
        String why = null;
        for (InetSocketAddress unresolved : parse(bootstrap)) {
            InetSocketAddress address = new InetSocketAddress(unresolved.getHostString(), unresolved.getPort());
            if (address.isUnresolved()) {
                why = "unknown host " + unresolved.getHostString();
                continue;
            }
            try (Socket socket = new Socket()) {
                socket.connect(address, timeoutMillis);
                return null;
            } catch (java.io.IOException e) {
                why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return why;
    }
}
