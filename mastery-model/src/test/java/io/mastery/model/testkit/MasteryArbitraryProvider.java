package io.mastery.model.testkit;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets {@code @ForAll} generate every model type without a {@code @Provide} method: registered with
 * jqwik through {@code META-INF/services}.
 */
public final class MasteryArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik calls this through the service loader. */
  public MasteryArbitraryProvider() {}

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(io.mastery.model.calendar.AcademicYear.class, MasteryArbitraries::programmeYears)
          .put(io.mastery.model.school.Urn.class, MasteryArbitraries::urns)
          .put(io.mastery.model.teacher.Trn.class, MasteryArbitraries::trns)
          .put(io.mastery.model.school.Ukprn.class, MasteryArbitraries::ukprns)
          .put(
              io.mastery.model.school.LocalAuthorityCode.class,
              MasteryArbitraries::localAuthorityCodes)
          .put(io.mastery.model.workgroup.WorkGroupId.class, MasteryArbitraries::workGroupIds)
          .put(io.mastery.model.school.GridReference.class, MasteryArbitraries::gridReferences)
          .put(io.mastery.model.school.AgeRange.class, MasteryArbitraries::ageRanges)
          .put(io.mastery.model.school.School.class, MasteryArbitraries::schools)
          .put(io.mastery.model.hub.MathsHub.class, MasteryArbitraries::mathsHubs)
          .put(io.mastery.model.specialist.Cohort.class, MasteryArbitraries::cohorts)
          .put(
              io.mastery.model.specialist.MasterySpecialist.class,
              MasteryArbitraries::masterySpecialists)
          .put(io.mastery.model.workgroup.Participation.class, MasteryArbitraries::participations)
          .put(io.mastery.model.workgroup.WorkGroup.class, MasteryArbitraries::workGroups)
          .put(io.mastery.model.journey.JourneyRecord.class, MasteryArbitraries::journeyRecords)
          .put(io.mastery.model.policy.Bounds.class, MasteryArbitraries::bounds)
          .put(io.mastery.model.policy.StreamRules.class, MasteryArbitraries::streamRules)
          .put(io.mastery.model.policy.PhaseRules.class, MasteryArbitraries::phaseRules)
          .put(io.mastery.model.policy.ProgrammePolicy.class, MasteryArbitraries::standardEditions)
          .put(
              io.mastery.model.policy.TextbookMatchFunding.class,
              MasteryArbitraries::textbookMatchFundings)
          .put(io.mastery.model.policy.PolicyEditions.class, MasteryArbitraries::policyEditions)
          .put(io.mastery.model.school.SchoolRegister.class, MasteryArbitraries::schoolRegisters)
          .put(io.mastery.model.enrolment.Enrolment.class, MasteryArbitraries::enrolments)
          .build();

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return BY_TYPE.keySet().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return BY_TYPE.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(e -> e.getValue().get())
        .collect(com.google.common.collect.ImmutableSet.toImmutableSet());
  }
}
