/**
 * The Work Group planning problem modelled for Timefold Solver, only to compare the library's
 * planner with a general solver given time (never a dependency of the library).
 */
@org.jspecify.annotations.NullMarked
package io.mastery.benchmarks.timefold;
