package org.agora.core.run;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The process that writes a run, as manifests and spools record it ({@code PID@HOST}), so that
 * a reader can tell a run still running from one whose process was killed (SIGKILL, the OOM
 * killer) before it could record its end.
 */
public final class RunProcess {

    private static final String HOST = hostName();

    private RunProcess() {
    }

    /** This process, {@code PID@HOST}. */
    public static String current() {
        return ProcessHandle.current().pid() + "@" + HOST;
    }

    /** How a recorded process stands, seen from this process. */
    public enum Standing {
        /** It runs (on this host). */
        ALIVE,
        /** It has ended (on this host). */
        GONE,
        /** It ran on another host, or nothing was recorded: it cannot be told from here. */
        UNKNOWN
    }

    /** Whether the process recorded as {@code process} ({@code PID@HOST}, or null) still runs. */
    public static Standing standing(String process) {
        if (process == null) {
            return Standing.UNKNOWN;
        }
        int at = process.indexOf('@');
        if (at <= 0 || !process.substring(at + 1).equals(HOST)) {
            return Standing.UNKNOWN;
        }
        long pid;
        try {
            pid = Long.parseLong(process.substring(0, at));
        } catch (NumberFormatException e) {
            return Standing.UNKNOWN;
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? Standing.ALIVE : Standing.GONE;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
