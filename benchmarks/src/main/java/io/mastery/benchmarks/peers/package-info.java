/**
 * The rulebook beside the engines a hub could use instead (YAVI, Drools, Easy Rules, Hibernate
 * Validator) and a hand-written loop, on a subset of six checks that each of them can express:
 * {@code workgroup.size}, {@code workgroup.teachers-per-school}, {@code school.closed} and
 * {@code school.outside-hub} judge one object; {@code school.unknown} joins the enrolment to the
 * register and {@code teacher.double-enrolment} joins every place of the year. Not part of the
 * library: it exists to be measured.
 */
@org.jspecify.annotations.NullMarked
package io.mastery.benchmarks.peers;
