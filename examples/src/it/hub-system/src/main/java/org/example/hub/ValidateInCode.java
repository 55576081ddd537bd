package org.example.hub;

import io.mastery.io.gias.GiasImport;
import io.mastery.io.gias.GiasRegisterReader;
import io.mastery.io.json.DecisionSources;
import io.mastery.io.json.DecisionWriter;
import io.mastery.io.json.EnrolmentReader;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.PolicyEditions;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.result.Decision;
import java.nio.file.Files;
import java.nio.file.Path;

/** Validates a hub's enrolments against the DfE's register: java ValidateInCode GIAS.csv ENROLMENTS.json */
public final class ValidateInCode {

  public static void main(String[] args) throws Exception {
    Path giasFile = Path.of(args[0]);        // such as edubasealldata20250422.csv
    Path enrolmentFile = Path.of(args[1]);   // the JSON of CONTRACT.md section 2

    GiasImport gias = GiasRegisterReader.standard().read(giasFile);
    gias.problems().forEach(p -> System.err.println("GIAS " + p)); // rows it could not use
    Enrolment enrolment = EnrolmentReader.standard().read(enrolmentFile);
    // bad input: an EnrolmentFormatException, naming the JSON path and the value

    Decision decision = Rulebook.standard().evaluate(enrolment, gias.register());

    if (!decision.isValid()) {
      decision.errors().forEach(v -> System.out.println(v.rule() + ": " + v.message()));
    }
    decision.funding().forEach(f ->
        System.out.println("pay " + f.school() + " " + f.kind() + " "
            + f.amount().map(String::valueOf).orElse("(amount set by the hub)")));

    DecisionSources sources = DecisionSources.of(
        giasFile.toString(), gias.rowsRead(), gias.rowsSkipped(), PolicyEditions.standard());
    Files.writeString(Path.of("decision.json"),                 // the JSON of CONTRACT.md section 3
        DecisionWriter.standard().toJson(decision, sources));
  }
}
