package com.nordhost.clientarea.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.web.testing.WebArchitecture;
import com.nordhost.clientarea.web.testing.portguard.ViewThatReadsAPort;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The rule that keeps views off the ports fails for a view that uses one, whatever the port is called. */
class PortGuardTest {

    @Test
    void a_view_that_reads_any_port_breaks_the_rule() {
        JavaClasses view = new ClassFileImporter().importClasses(ViewThatReadsAPort.class);

        EvaluationResult result = WebArchitecture.viewsTakeUseCasesNotTheAssembly().evaluate(view);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("UnknownAddressCounters"));
    }
}
