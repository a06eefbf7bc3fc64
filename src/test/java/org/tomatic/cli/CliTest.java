package org.tomatic.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command line as an operator's script does (output, errors, exit status), each test
 * class on an embedded database of its own.
 */
abstract class CliTest {

    @TempDir
    static Path temp;

    record Run(int status, String out, String err) {}

    @BeforeAll
    static void ownDatabase() {
        System.setProperty("tomatic.data-dir", temp.resolve("data").toString());
    }

    @AfterAll
    static void restoreDataDir() {
        System.clearProperty("tomatic.data-dir");
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = TomaticCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }
}
