package io.mastery.rules.workgroup;

import io.mastery.model.policy.Bounds;
import io.mastery.rules.check.Findings;

/** The arguments of an edition's bounds: {@code min}, {@code max} (absent when unbounded) and
 * {@code bounds} in words. */
final class Limits {

  private Limits() {}

  static Findings.Report of(Findings.Report report, Bounds bounds) {
    report.with("min", bounds.min());
    if (bounds.max() != Integer.MAX_VALUE) {
      report.with("max", bounds.max());
    }
    return report.with("bounds", bounds.toString());
  }
}
