package dev.mistralready.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's version, filtered into version.properties by the build. */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/mistralready/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"mistral-ready " + current(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
