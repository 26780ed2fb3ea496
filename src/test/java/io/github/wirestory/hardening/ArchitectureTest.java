package io.github.wirestory.hardening;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import io.github.wirestory.WireStoryParser;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules for the library's main code: no file, network or process API, no printing, and no internal
 * type in any public signature.
 */
class ArchitectureTest {
    private static final String ROOT = "io.github.wirestory";
    private static final Set<String> API = Set.of(ROOT, ROOT + ".model", ROOT + ".clean");
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
        assertThat(main.contain(WireStoryParser.class)).as("the main classes were imported").isTrue();
        assertThat(main.stream().map(JavaClass::getPackageName))
                .as("no test or example class was imported").noneMatch(p -> p.contains("examples"))
                .noneMatch(p -> p.contains("hardening"));
    }

    @Test
    void noFileNetworkOrProcessApi() {
        ArchRule rule = noClasses().should().dependOnClassesThat(DescribedPredicate.describe(
                "are a file, network, channel or process API", ArchitectureTest::isIoApi))
                .because("the library does no I/O: callers bring the text (docs/reliability.md)");
        rule.check(main);
    }

    @Test
    void printsAndLogsNothing() {
        ArchRule noStreams = noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().accessField(System.class, "in")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(System.class, "getLogger", String.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.slf4j..")
                .because("a library used in batch jobs must not print or log");
        noStreams.check(main);
    }

    @Test
    void internalTypesAreInNoPublicSignature() {
        ArchRule rule = ArchRuleDefinition.classes().that().resideInAnyPackage(API.toArray(String[]::new))
                .and().arePublic()
                .should(new ArchCondition<>("expose no io.github.wirestory.internal type in a public signature") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        checkSignatures(c, events);
                    }
                });
        rule.check(main);
    }

    @Test
    void apiPackagesDoNotDependOnExampleOrTestCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(ROOT + ".examples..", ROOT + ".hardening..")
                .check(main);
    }

    @Test
    void theModuleExportsExactlyTheApiPackages() {
        Module module = WireStoryParser.class.getModule();
        org.junit.jupiter.api.Assumptions.assumeTrue(module.isNamed(), "tests run on the class path");
        ModuleDescriptor d = module.getDescriptor();
        Set<String> exported = d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(exported).isEqualTo(new TreeSet<>(API));
        assertThat(d.opens()).as("no package is opened").isEmpty();
    }

    private static boolean isIoApi(JavaClass c) {
        String n = c.getName();
        String p = c.getPackageName();
        boolean uriSyntax = n.equals("java.net.URI") || n.equals("java.net.URISyntaxException")
                || n.equals("java.net.IDN") || n.equals("java.net.URLDecoder") || n.equals("java.net.URLEncoder");
        return (p.startsWith("java.net") && !uriSyntax) || p.startsWith("java.nio.file") || p.startsWith("java.nio.channels")
                || p.startsWith("java.rmi") || p.startsWith("javax.net")
                || p.startsWith("java.sql")
                || n.startsWith("java.io.File") || n.equals("java.io.RandomAccessFile")
                || n.equals("java.io.Console") || n.equals("java.io.PrintStream") || n.equals("java.io.PrintWriter")
                || n.equals("java.lang.ProcessBuilder") || n.equals("java.lang.Process")
                || n.equals("java.lang.ProcessHandle") || n.equals("java.lang.Runtime")
                || n.equals("org.jsoup.Connection") || n.startsWith("org.jsoup.helper.HttpConnection")
                || n.startsWith("org.jsoup.helper.RequestDispatch");
    }

    private static void checkSignatures(JavaClass c, ConditionEvents events) {
        for (JavaType t : c.getInterfaces()) {
            report(c, "implements", t, events);
        }
        c.getSuperclass().ifPresent(t -> report(c, "extends", t, events));
        for (JavaMember m : c.getMembers()) {
            if (!isExposed(m)) {
                continue;
            }
            if (m instanceof JavaField f) {
                report(f, "field type", f.getType(), events);
            } else if (m instanceof JavaCodeUnit u) {
                report(u, "return type", u.getReturnType(), events);
                for (JavaType p : u.getParameterTypes()) {
                    report(u, "parameter", p, events);
                }
                for (JavaClass e : u.getThrowsClause().getTypes()) {
                    report(u, "throws", e, events);
                }
            }
        }
    }

    private static boolean isExposed(JavaMember m) {
        Set<JavaModifier> mods = m.getModifiers();
        boolean visible = mods.contains(JavaModifier.PUBLIC)
                || (mods.contains(JavaModifier.PROTECTED) && !m.getOwner().getModifiers().contains(JavaModifier.FINAL));
        return visible && !mods.contains(JavaModifier.SYNTHETIC);
    }

    private static void report(Object where, String what, JavaType type, ConditionEvents events) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            if (raw.getPackageName().startsWith(ROOT + ".internal")) {
                events.add(SimpleConditionEvent.violated(where, where + ": " + what + " " + raw.getName()
                        + " is internal"));
            }
        }
    }
}
