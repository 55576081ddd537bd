package io.mastery.rules.engine;

import com.google.common.collect.ImmutableMultiset;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rules about teachers and Mastery Specialists across the year. */
final class TeacherRules {

  private TeacherRules() {}

  /**
   * {@code teacher.double-enrolment}: a TRN listed more than once across the year's groups, twice
   * in one school's list included; reported for each group and school that lists it, with a message
   * that names the first few places only (see {@link Wording#firstFew}), so that a teacher listed in
   * every group gives a decision that grows linearly. Leads are not listings.
   */
  static final class DoubleEnrolment extends Rule {
    DoubleEnrolment() {
      super(
          "teacher.double-enrolment",
          Severity.ERROR,
          "The same TRN appears more than once in the year's Work Groups",
          "CONTRACT.md §1");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (Map.Entry<Trn, Collection<EvaluationContext.TeacherPlace>> entry :
          context.placesByTeacher().asMap().entrySet()) {
        Collection<EvaluationContext.TeacherPlace> places = entry.getValue();
        if (places.size() < 2) {
          continue;
        }
        ImmutableMultiset<String> where =
            places.stream()
                .map(TeacherRules::place)
                .collect(ImmutableMultiset.toImmutableMultiset());
        java.util.Map<String, String> shown = new java.util.HashMap<>();
        for (com.google.common.collect.Multiset.Entry<String> e : where.entrySet()) {
          shown.put(
              e.getElement(),
              e.getCount() == 1
                  ? e.getElement()
                  : e.getElement() + " " + Wording.times(e.getCount()));
        }
        List<String> ordered = shown.values().stream().sorted().collect(Collectors.toList());
        for (EvaluationContext.TeacherPlace place : places) {
          String message =
              String.format(
                  "Teacher %s is enrolled %s in %s: %s",
                  entry.getKey(),
                  Wording.times(places.size()),
                  context.year(),
                  Wording.firstFewNaming(
                      java.util.Objects.requireNonNull(shown.get(place(place))), ordered));
          report(findings, place.group().id(), place.school(), entry.getKey(), message);
        }
      }
    }
  }

  private static String place(EvaluationContext.TeacherPlace place) {
    return place.group().id() + " (school " + place.school() + ")";
  }

  /**
   * {@code specialist.duplicate}: added by the library; a TRN listed more than once among the hub's
   * specialists. The lead rules then read the entry of the lowest cohort.
   */
  static final class DuplicateSpecialist extends Rule {
    DuplicateSpecialist() {
      super(
          "specialist.duplicate",
          Severity.ERROR,
          "The same TRN is listed more than once among the hub's Mastery Specialists",
          "Library rule: a specialist has one cohort and one own school (DOMAIN.md §4)");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (Trn trn : context.specialistsByTrn().keySet()) {
        List<MasterySpecialist> entries = context.specialistsByTrn().get(trn);
        if (entries.size() > 1) {
          report(
              findings,
              null,
              null,
              trn,
              String.format(
                  "Mastery Specialist %s is listed %s: %s",
                  trn,
                  Wording.times(entries.size()),
                  Wording.firstFew(
                      entries.stream()
                          .map(s -> Wording.cohort(s.cohort()) + " at school " + s.school())
                          .collect(Collectors.toList()),
                      "; ")));
        }
      }
    }
  }
}
