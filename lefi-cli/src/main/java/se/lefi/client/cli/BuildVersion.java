package se.lefi.client.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** Tells the tool's version as Maven built it (a filtered resource, so it is right in the IDE too). */
final class BuildVersion implements CommandLine.IVersionProvider {

    static String version() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"lefi " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor")
                + ")"};
    }
}
