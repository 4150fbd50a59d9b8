package io.newsstream.app;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Newsstream.class.getPackage().getImplementationVersion();
        return new String[] {"newsstream " + (version == null ? "development build" : version)};
    }
}
