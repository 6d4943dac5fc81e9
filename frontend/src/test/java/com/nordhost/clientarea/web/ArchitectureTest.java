package com.nordhost.clientarea.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.nordhost.clientarea.web.testing.WebArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared web pieces keep the same rules as the apps that use them. */
@AnalyzeClasses(packages = "com.nordhost.clientarea.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule web_pieces_use_the_domain_not_the_storage = WebArchitecture.viewsUseTheDomainNotTheStorage();

    @ArchTest
    static final ArchRule web_pieces_take_use_cases_not_the_assembly =
            WebArchitecture.viewsTakeUseCasesNotTheAssembly();

    /**
     * Each package does one job (sign-in, languages, cookies, ...): a cycle means a rule in the wrong one. One is
     * known and left (2026-12-08): the wizard's dialog (twofactor) reads the request's origin and moves the session
     * epoch forward through web.signin, which shows the wizard at login. Every other cycle fails here.
     */
    @ArchTest
    static final ArchRule web_pieces_depend_on_each_other_without_cycles = slices()
            .matching("com.nordhost.clientarea.web.(*)..").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("com.nordhost.clientarea.web.twofactor.."),
                    resideInAPackage("com.nordhost.clientarea.web.signin.."));
}
