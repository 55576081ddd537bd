/**
 * The Teaching for Mastery programme's vocabulary: validated immutable value types grouped by
 * feature, and the policy editions that hold the programme's rules for each academic year.
 *
 * <p>Every value that exists is valid: factories reject impossible values (a five-digit URN, the
 * academic year "2019/21") with an {@link IllegalArgumentException} that names the field and quotes
 * the value. Business rules (how many schools a Work Group needs, who may lead it) are not enforced
 * here; they belong to the rule engines, which report violations instead of throwing.
 */
@NullMarked
package io.mastery.model;

import org.jspecify.annotations.NullMarked;
