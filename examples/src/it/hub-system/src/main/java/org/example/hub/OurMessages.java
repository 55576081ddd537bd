package org.example.hub;

import io.mastery.io.sample.SampleHub;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.Violation;
import java.util.Map;

/** Shows the hub's own wording for the rule codes it knows, the library's for the others. */
public final class OurMessages {

  static final Map<String, String> OURS = Map.of(
      "workgroup.size", "This group needs 6 or 7 schools.",
      "school.closed", "This school is closed in the DfE register.",
      "journey.development-repeated", "This school has already taken part in Development.");

  public static void main(String[] args) {
    Decision decision = Rulebook.standard().evaluate(SampleHub.enrolment(), SampleHub.register());
    for (Violation v : decision.violations()) {
      String text = OURS.getOrDefault(v.rule(), v.message()); // the library's message otherwise
      System.out.println(v.severity() + " " + v.workGroup().map(Object::toString).orElse("-")
          + " " + text);
    }
  }
}
