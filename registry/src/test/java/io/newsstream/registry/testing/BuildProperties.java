package io.newsstream.registry.testing;

/** System properties that the registry pom hands to integration tests (failsafe's systemPropertyVariables). */
public final class BuildProperties {

    private BuildProperties() {
    }

    /** The property's value; fails saying how to run the test when the build did not set it. */
    public static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property '" + name + "' is not set; run this test with `mvn verify`");
        }
        return value;
    }
}
