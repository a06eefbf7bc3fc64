package org.tomatic.cli;

import picocli.CommandLine;

class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"tomatic " + (version == null ? "(development)" : version)};
    }
}
