package io.mastery.model;

import io.mastery.model.testkit.MasteryExamples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.testing.NullPointerTester;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.Bounds;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.PolicyEditions;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
import io.mastery.model.policy.TextbookMatchFunding;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.GridReference;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Ukprn;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a model type rejects a null argument at once, with a {@link NullPointerException}
 * whose message is the parameter's name.
 *
 * <p>Runs Guava's {@link NullPointerTester} over the type's public static methods and over the
 * public instance methods of the instances given, then calls each public method whose code the
 * project wrote by hand once per reference parameter, with a null there and valid examples
 * elsewhere, and checks the exception's message. Code that Immutables generates (builders, and the
 * {@code withX} copies it overrides) is held to the first check only: its collection methods reject
 * a null through Guava without a message. Needs the classes compiled with {@code -parameters}.
 */
public final class NullRejection {

  private static final Map<Class<?>, Object> EXAMPLES = new HashMap<>();

  static {
    put(AcademicYear.class, MasteryExamples.YEAR_2019_20);
    put(LocalAuthorityCode.class, MasteryExamples.CAMDEN);
    put(Urn.class, MasteryExamples.URN);
    put(Trn.class, MasteryExamples.TEACHER_TRN);
    put(Ukprn.class, MasteryExamples.UKPRN);
    put(WorkGroupId.class, MasteryExamples.WORK_GROUP_ID);
    put(GridReference.class, MasteryExamples.LOCATION);
    put(AgeRange.class, MasteryExamples.PRIMARY_AGES);
    put(School.class, MasteryExamples.SCHOOL);
    put(SchoolRegister.class, MasteryExamples.REGISTER);
    put(MathsHub.class, MasteryExamples.HUB);
    put(Cohort.class, MasteryExamples.PRIMARY_COHORT_3);
    put(MasterySpecialist.class, MasteryExamples.SPECIALIST);
    put(Participation.class, MasteryExamples.PARTICIPATION);
    put(WorkGroup.class, MasteryExamples.WORK_GROUP);
    put(JourneyRecord.class, MasteryExamples.JOURNEY_RECORD);
    put(Enrolment.class, MasteryExamples.ENROLMENT);
    put(Bounds.class, MasteryExamples.SIX_TO_SEVEN);
    put(PhaseRules.class, MasteryExamples.PRIMARY_DEVELOPMENT);
    put(StreamRules.class, MasteryExamples.PRIMARY_PROGRAMME);
    put(TextbookMatchFunding.class, MasteryExamples.TEXTBOOKS);
    put(ProgrammePolicy.class, MasteryExamples.EDITION_2019_20);
    put(PolicyEditions.class, MasteryExamples.STANDARD_EDITIONS);
    put(Money.class, MasteryExamples.GBP_1000);
    put(BigDecimal.class, BigDecimal.ONE);
    put(LocalDate.class, LocalDate.of(2019, 9, 1));
    put(String.class, "");
    put(CharSequence.class, "");
  }

  private NullRejection() {}

  private static <T> void put(Class<T> type, T example) {
    EXAMPLES.put(type, example);
  }

  /**
   * Checks every public static method of the type, and every public instance method of the
   * instances given.
   *
   * @param type the hand-written model type
   * @param instances instances of the type (or of its builder type) to call instance methods on
   */
  @SafeVarargs
  public static <T> void assertRejectsNulls(Class<T> type, T... instances) {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(type);
    for (T instance : instances) {
      tester.testAllPublicInstanceMethods(instance);
    }
    List<String> failures = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (!isHandWritten(method.getDeclaringClass()) || isExempt(type, method)) {
        continue;
      }
      if (Modifier.isStatic(method.getModifiers())) {
        checkNamesTheParameter(null, method, failures);
      } else {
        for (T instance : instances) {
          if (isHandWritten(implementation(instance, method).getDeclaringClass())) {
            checkNamesTheParameter(instance, method, failures);
          }
        }
      }
    }
    assertThat(failures).as("nulls rejected without naming the parameter").isEmpty();
  }

  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    EXAMPLES.forEach((type, example) -> setDefault(tester, type, example));
    return tester;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object example) {
    tester.setDefault(type, (T) example);
  }

  private static boolean isHandWritten(Class<?> type) {
    if (!type.getPackageName().startsWith("io.mastery.model")) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (c.getSimpleName().startsWith("Immutable")) {
        return false;
      }
    }
    return true;
  }

  private static Method implementation(Object instance, Method method) {
    try {
      return instance.getClass().getMethod(method.getName(), method.getParameterTypes());
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean isExempt(Class<?> type, Method method) {
    return method.isSynthetic()
        || method.isBridge()
        || (method.getName().equals("equals") && method.getParameterCount() == 1)
        || (type.isEnum()
            && Modifier.isStatic(method.getModifiers())
            && method.getName().equals("valueOf"));
  }

  private static void checkNamesTheParameter(
      @Nullable Object receiver, Method method, List<String> failures) {
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      Parameter parameter = parameters[i];
      if (parameter.getType().isPrimitive() || isNullable(parameter)) {
        continue;
      }
      if (!parameter.isNamePresent()) {
        fail("compile with -parameters to check the names of %s's parameters", method);
      }
      Object[] arguments = new Object[parameters.length];
      for (int j = 0; j < parameters.length; j++) {
        arguments[j] = j == i ? null : example(parameters[j].getType(), method);
      }
      String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
      try {
        method.invoke(receiver, arguments);
        failures.add(where + " accepted a null " + parameter.getName());
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (!(cause instanceof NullPointerException)
            || !parameter.getName().equals(cause.getMessage())) {
          failures.add(where + " rejected a null " + parameter.getName() + " with " + cause);
        }
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static boolean isNullable(Parameter parameter) {
    AnnotatedType annotated = parameter.getAnnotatedType();
    for (Annotation annotation : annotated.getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    for (Annotation annotation : parameter.getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private static Object example(Class<?> type, Method method) {
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Iterable.class || type == Collection.class || type == List.class) {
      return List.of();
    }
    Object example = EXAMPLES.get(type);
    if (example == null) {
      throw new AssertionError("no example of " + type.getName() + " to call " + method + " with");
    }
    return example;
  }
}
