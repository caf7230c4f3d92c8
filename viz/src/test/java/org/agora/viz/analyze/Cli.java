package org.agora.viz.analyze;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.agora.scenarios.cli.Agora;

/** The command line run in this JVM, with what it printed. */
record Cli(int status, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Agora.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(status, out.toString(), err.toString());
    }
}
