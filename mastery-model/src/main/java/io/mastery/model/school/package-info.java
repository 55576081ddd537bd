/**
 * Schools as the DfE register "Get Information About Schools" describes them: URNs, establishment
 * types and their groups, phases of education, statuses, and whether a school is state-funded in
 * England.
 */
@NullMarked
package io.mastery.model.school;

import org.jspecify.annotations.NullMarked;
