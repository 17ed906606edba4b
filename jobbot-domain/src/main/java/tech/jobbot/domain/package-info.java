/**
 * Jobbot's pure domain: values, aggregates and rules. JDK only, no I/O, no clock reads: time
 * arrives as an {@link java.time.Instant} argument, randomness as a
 * {@link java.util.random.RandomGenerator}.
 */
package tech.jobbot.domain;
