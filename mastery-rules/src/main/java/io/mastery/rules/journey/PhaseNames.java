package io.mastery.rules.journey;

import io.mastery.model.programme.Phase;

/** The phases' names in messages. */
final class PhaseNames {

  private PhaseNames() {}

  static String of(Phase phase) {
    switch (phase) {
      case MASTERY_READINESS:
        return "Mastery Readiness";
      case INTRODUCTORY:
        return "Introductory";
      case DEVELOPMENT:
        return "Development";
      case EMBEDDING:
        return "Embedding";
      case SUSTAINING:
        return "Sustaining";
      default:
        throw new AssertionError(phase);
    }
  }
}
