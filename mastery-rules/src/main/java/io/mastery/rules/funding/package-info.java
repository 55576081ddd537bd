/**
 * Funding: what a school in a Work Group of a phase, stream and year is entitled to under a policy
 * edition (Maths Hubs, Teaching for Mastery: teacher release and textbook match funding).
 *
 * <p>A school is entitled to the phase's release grant when the edition gives one ({@link
 * io.mastery.model.policy.PhaseRules#releaseGrant()}), and to textbook match funding up to the
 * edition's cap when {@link io.mastery.model.policy.TextbookMatchFunding#appliesTo} holds for the
 * stream, phase and year. The rule engine turns entitlements into the funding lines of a decision,
 * and withholds them from a school with an error: see {@link io.mastery.rules.engine.Rulebook}.
 */
@NullMarked
package io.mastery.rules.funding;

import org.jspecify.annotations.NullMarked;
