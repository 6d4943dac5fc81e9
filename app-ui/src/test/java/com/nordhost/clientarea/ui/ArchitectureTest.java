package com.nordhost.clientarea.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point inward: the views talk to the domain's use cases, never to JPA or to the
 * persistence module, which is on this WAR's class path only to be packaged with it.
 */
@AnalyzeClasses(packages = "com.nordhost.clientarea.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_use_the_domain_not_the_storage = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.nordhost.clientarea.persistence..", "jakarta.persistence..", "org.eclipse.persistence..",
                    "java.sql..", "javax.sql..");
}
