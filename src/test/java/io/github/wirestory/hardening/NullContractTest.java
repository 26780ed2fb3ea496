package io.github.wirestory.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Cleaners;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Byline;
import io.github.wirestory.model.Claim;
import io.github.wirestory.model.Credit;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Diagnostic;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Quote;
import io.github.wirestory.model.Removal;
import io.github.wirestory.model.Source;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public entry point and every public record rejects {@code null} at once, naming the parameter. */
class NullContractTest {
    private static final WireStoryParser P = WireStoryParser.defaults();
    private static final Cleaner C = Cleaners.unicode();

    static Stream<Arguments> calls() {
        return Stream.of(
                call("parse(text)", "text", () -> P.parse((String) null)),
                call("parse(text, date)", "text", () -> P.parse(null, LocalDate.of(2026, 1, 1))),
                call("parse(text, referenceDate)", "referenceDate", () -> P.parse("x", null)),
                call("parseHtml(html)", "html", () -> P.parseHtml(null)),
                call("parseHtml(html, baseUri)", "html", () -> P.parseHtml(null, "")),
                call("parseHtml(html, baseUri) baseUri", "baseUri", () -> P.parseHtml("<p>x</p>", null)),
                call("parse(document)", "document", () -> P.parse((Document) null)),
                call("Builder.cleaners", "cleaners", () -> WireStoryParser.builder().cleaners(null)),
                call("Builder.cleaners element", "cleaners element",
                        () -> WireStoryParser.builder().cleaners(Arrays.asList(C, null))),
                call("Builder.addCleaner", "cleaner", () -> WireStoryParser.builder().addCleaner(null)),
                call("Builder.agencies", "agencies", () -> WireStoryParser.builder().agencies(null)),
                call("AgencyRegistry.byId", "id", () -> AgencyRegistry.defaults().byId(null)),
                call("AgencyRegistry.lookup", "name", () -> AgencyRegistry.defaults().lookup(null)),
                call("AgencyRegistry.Builder.add", "agency", () -> AgencyRegistry.builder().add(null)),
                call("AgencyRegistry.Builder.remove", "id", () -> AgencyRegistry.builder().remove(null)),
                call("Cleaner.named(name)", "name", () -> Cleaner.named(null, C)),
                call("Cleaner.named(cleaner)", "cleaner", () -> Cleaner.named("x", null)),
                call("Cleaner.of(function)", "function", () -> Cleaner.of("x", null)),
                call("Cleaners.removingLines(name)", "name", () -> Cleaners.removingLines(null, l -> true)),
                call("Cleaners.removingLines(isNoise)", "isNoise", () -> Cleaners.removingLines("x", null)),
                call("Cleaners.removingLinesMatching(pattern)", "pattern",
                        () -> Cleaners.removingLinesMatching("x", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void entryPointsNameTheNullParameter(String what, String parameter, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(parameter);
    }

    static Stream<Arguments> recordComponents() {
        List<Arguments> out = new ArrayList<>();
        for (Class<?> type : List.of(WireStory.class, AgencyCredit.class, Byline.class, Claim.class, Credit.class,
                Dateline.class, Diagnostic.class, Paragraph.class, Quote.class, Removal.class, Source.class,
                io.github.wirestory.model.Agency.class)) {
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (!components[i].getType().isPrimitive()) {
                    out.add(Arguments.of(type.getSimpleName() + "." + components[i].getName(), type, i));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordComponents")
    void recordsNameTheNullComponent(String what, Class<?> type, int index) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = i == index ? null : sample(components[i].getType());
        }
        Constructor<?> canonical = canonical(type);
        assertThat(canonical.newInstance(sampleArgs(type))).as("the samples are valid").isNotNull();
        assertThatThrownBy(() -> {
            try {
                canonical.newInstance(args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }).isInstanceOf(NullPointerException.class).hasMessage(components[index].getName());
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return type.getDeclaredConstructor(types);
    }

    private static Object[] sampleArgs(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> sample(c.getType())).toArray();
    }

    /** A valid value of a component type: records are built recursively from samples. */
    private static Object sample(Class<?> t) {
        if (t == String.class) {
            return "x";
        } else if (t == Optional.class) {
            return Optional.empty();
        } else if (t == List.class) {
            return List.of();
        } else if (t == java.util.Set.class) {
            return java.util.Set.of();
        } else if (t == java.util.Map.class) {
            return java.util.Map.of();
        } else if (t == LocalDate.class) {
            return LocalDate.of(2026, 1, 1);
        } else if (t == java.time.MonthDay.class) {
            return java.time.MonthDay.of(1, 1);
        } else if (t == int.class) {
            return 0;
        } else if (t == long.class) {
            return 0L;
        } else if (t == double.class) {
            return 0.0;
        } else if (t == boolean.class) {
            return false;
        } else if (t.isEnum()) {
            return t.getEnumConstants()[0];
        } else if (t.isRecord()) {
            try {
                return canonical(t).newInstance(sampleArgs(t));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot sample " + t, e);
            }
        }
        throw new IllegalStateException("no sample for " + t);
    }

    private static Arguments call(String what, String parameter, ThrowingCallable call) {
        return Arguments.of(what, parameter, call);
    }
}
