/**
 * Funding: what a school in a Work Group of a phase, stream and year is entitled to under a policy
 * edition (Maths Hubs, Teaching for Mastery: teacher release and textbook match funding).
 *
 * <p>A school is entitled to the phase's release grant when the edition gives one ({@link
 * io.mastery.model.policy.PhaseRules#releaseGrant()}), or to funding at a level the hub sets ({@link
 * io.mastery.model.policy.PhaseRules#fundingSetByHub()}), and to textbook match funding up to the
 * edition's cap when {@link io.mastery.model.policy.TextbookMatchFunding#appliesTo} holds for the
 * stream, phase and year and the year's approved list has a scheme. The own school of a specialist
 * of a cohort the edition lists qualifies for textbooks without a Work Group. Every amount, share,
 * window, list and cohort is the edition's data. The rule engine turns entitlements into the funding lines of a decision,
 * and withholds them from a school with an error: see {@link io.mastery.rules.engine.Rulebook}.
 */
@NullMarked
package io.mastery.rules.funding;

import org.jspecify.annotations.NullMarked;
