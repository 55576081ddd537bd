/**
 * Reads and writes the DfE's establishment register "Get Information About Schools" (GIAS) as the
 * CSV extract the DfE publishes: any column order, a full extract or a selected-fields download,
 * Latin-1 or UTF-8, the 2018 and the 2025 naming of columns and groups.
 */
@NullMarked
package io.mastery.io.gias;

import org.jspecify.annotations.NullMarked;
