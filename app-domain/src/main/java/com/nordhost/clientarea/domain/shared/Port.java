package com.nordhost.clientarea.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface through which the domain reaches storage (implemented in app-persistence, in memory in tests).
 * Only the domain and the assembly may use a port; the architecture rules of the web modules refuse any view that
 * does, whatever the port is called, and a domain rule makes sure every port of {@code DomainPorts} carries the mark.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Port {
}
