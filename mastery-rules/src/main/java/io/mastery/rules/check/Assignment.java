package io.mastery.rules.check;

import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.teacher.Trn;
import java.util.Objects;

/**
 * A lead's assignment: the Work Groups of one stream and phase that one specialist leads in the
 * year.
 *
 * @param lead the lead's TRN, not null
 * @param stream the stream, not null
 * @param phase the phase, not null
 */
public record Assignment(Trn lead, Stream stream, Phase phase) {

  /** Checks that no part is null. */
  public Assignment {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(phase, "phase");
  }
}
