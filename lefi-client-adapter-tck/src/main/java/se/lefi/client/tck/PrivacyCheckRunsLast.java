package se.lefi.client.tck;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Orders a module's test classes so that its {@link SdkLogPrivacyCheck} runs after all the others,
 * which keep their discovery order. JUnit's {@code @Order} is not inherited, so an annotation on the
 * check's base class would not reach the module's subclass; the class hierarchy does.
 *
 * <pre>{@code
 * # src/test/resources/junit-platform.properties
 * junit.jupiter.testclass.order.default=se.lefi.client.tck.PrivacyCheckRunsLast
 * }</pre>
 */
public final class PrivacyCheckRunsLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // A stable sort: false (every other class) before true (the check).
        context.getClassDescriptors().sort(Comparator.comparing(
                d -> SdkLogPrivacyCheck.class.isAssignableFrom(d.getTestClass())));
    }
}
