package com.nordhost.clientarea.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.nordhost.clientarea.domain.shared.Port;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

/**
 * The domain is cut by feature (login, twofactor, support, staff, ...). A cycle between two features means one
 * of them holds a rule that belongs to the other; the assembly in this package's root may use them all.
 */
@AnalyzeClasses(packages = "com.nordhost.clientarea.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule features_depend_on_each_other_without_cycles = slices()
            .matching("com.nordhost.clientarea.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_the_assembly_knows_every_feature = noClasses()
            .that().resideOutsideOfPackage("com.nordhost.clientarea.domain")
            .should().dependOnClassesThat().resideInAPackage("com.nordhost.clientarea.domain");

    @ArchTest
    static final ArchRule the_domain_knows_no_framework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "com.vaadin..",
                    "org.eclipse..", "com.google.zxing..", "java.sql..");

    /** The web modules' rule refuses views that use a port by this mark, so every port must carry it. */
    @Test
    void every_port_of_the_assembly_is_marked_as_a_port() {
        for (RecordComponent port : DomainPorts.class.getRecordComponents()) {
            assertThat(port.getType().isAnnotationPresent(Port.class))
                    .as("%s is marked @Port", port.getType().getName()).isTrue();
        }
    }
}
