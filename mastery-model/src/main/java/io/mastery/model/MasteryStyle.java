package io.mastery.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Applies the project's one Immutables style to a value type.
 *
 * <p>Generated implementations are package-private: callers see only the abstract value type and
 * its hand-written {@code of}, {@code parse} and {@code builder} factories. Builders return the
 * abstract type, collections are Guava immutable collections, and {@code withX} copy methods are
 * generated for every attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    jdkOnly = false,
    privateNoargConstructor = false,
    allMandatoryParameters = false,
    allowedClasspathAnnotations = {Override.class})
public @interface MasteryStyle {}
