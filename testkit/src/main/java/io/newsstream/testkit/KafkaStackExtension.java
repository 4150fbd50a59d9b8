package io.newsstream.testkit;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests a running {@link KafkaStack}: declare a {@code KafkaStack} parameter
 * on the test class constructor, a {@code @BeforeAll} or {@code @BeforeEach} method, or a test
 * method.
 *
 * <p>Starts one stack per test JVM, the first time a test class using this extension runs, and
 * shares it with every later class; JUnit closes it when the whole run ends, because it lives
 * in the root context's store as an {@link AutoCloseable}. The backend is chosen by the JUnit
 * configuration parameter or system property {@value #BACKEND_PROPERTY}, else the environment
 * variable {@value #BACKEND_ENVIRONMENT_VARIABLE}, else {@code embedded}; an unknown name fails
 * the test class with a message listing the known backends.
 *
 * @see NewsstreamIntegrationTest
 */
public final class KafkaStackExtension implements BeforeAllCallback, ParameterResolver {

    public static final String BACKEND_PROPERTY = "newsstream.test.backend";
    public static final String BACKEND_ENVIRONMENT_VARIABLE = "NEWSSTREAM_TEST_BACKEND";

    private static final Namespace NAMESPACE = Namespace.create(KafkaStackExtension.class);
    private static final String STACK_KEY = "stack";

    /** Starts the stack before the class's first test, so its start time is not charged to it. */
    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaStack.class;
    }

    @Override
    public KafkaStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    private static KafkaStack stack(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return root.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        STACK_KEY, key -> backend(root).start(), RunningKafkaStack.class);
    }

    private static Backend backend(ExtensionContext context) {
        Optional<String> configured =
                context.getConfigurationParameter(BACKEND_PROPERTY)
                        .or(() -> Optional.ofNullable(System.getenv(BACKEND_ENVIRONMENT_VARIABLE)));
        return configured.map(Backend::named).orElse(Backend.EMBEDDED);
    }
}
