package io.mastery.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.testkit.PathologicalYears;
import io.mastery.model.testkit.PathologicalYears.Shape;
import io.mastery.model.testkit.PathologicalYears.Year;
import io.mastery.rules.result.Decision;
import io.mastery.rules.engine.Rulebook;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 12: a 1 MB enrolment with one lead for 8,000 groups gave a 572 MB decision. The decision's
 * JSON now stays under 5 KB per Work Group on a nation's year and on every pathological shape.
 */
@DisplayName("The decision's JSON")
class DecisionSizeTest {

  static final int BYTES_PER_GROUP = 5 * 1024;

  static long jsonBytes(Year year) {
    Decision decision = Rulebook.standard().evaluate(year.enrolment(), year.register());
    return DecisionWriter.standard().toJson(decision).getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("of a nation's year of 2,000 Work Groups is under 5 KB per Work Group")
  void nationalYear() {
    Year nation = PathologicalYears.of(Shape.NATION, 2_000);
    assertThat(jsonBytes(nation)).isLessThan((long) BYTES_PER_GROUP * 2_000);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Shape.class,
      names = {"ONE_LEAD_FOR_ALL_GROUPS", "ONE_TEACHER_EVERYWHERE", "ONE_SCHOOL_EVERYWHERE",
        "ALL_SHARED"})
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  @DisplayName("of 10,000 Work Groups sharing a lead, a teacher or a school is under 5 KB per Work"
      + " Group")
  void pathologicalShapes(Shape shape) {
    Year year = PathologicalYears.of(shape, 10_000);
    assertThat(jsonBytes(year)).as(year.toString()).isLessThan((long) BYTES_PER_GROUP * 10_000);
  }
}
