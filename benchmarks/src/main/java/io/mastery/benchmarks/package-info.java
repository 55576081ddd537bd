/**
 * JMH benchmarks behind the library's performance claims: a nation's year judged by the rulebook,
 * and a GIAS extract loaded by the register reader, each beside a baseline one tenth its size.
 */
@org.jspecify.annotations.NullMarked
package io.mastery.benchmarks;
