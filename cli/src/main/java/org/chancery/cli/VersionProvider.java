package org.chancery.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"chancery " + (v == null ? "development" : v)};
    }
}
