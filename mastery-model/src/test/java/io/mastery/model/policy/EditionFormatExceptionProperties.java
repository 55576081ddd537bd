package io.mastery.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A bad edition file")
class EditionFormatExceptionProperties {

  @Test
  @DisplayName("is reported with its file, line, field and value, and what is wrong")
  void namesFileLineFieldAndValue() {
    EditionFormatException e =
        new EditionFormatException(
            "phases.csv", 4, "schools_min", "six", "a whole number is needed");
    assertThat(e)
        .hasMessage(
            "phases.csv, line 4, field schools_min, value \"six\": a whole number is needed");
    assertThat(e.file()).isEqualTo("phases.csv");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.field()).isEqualTo("schools_min");
    assertThat(e.value()).isEqualTo("six");
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> new EditionFormatException(null, 1, "f", "v", "p"))
        .withMessage("file");
    assertThatNullPointerException()
        .isThrownBy(() -> new EditionFormatException("f", 1, null, "v", "p"))
        .withMessage("field");
    assertThatNullPointerException()
        .isThrownBy(() -> new EditionFormatException("f", 1, "f", null, "p"))
        .withMessage("value");
    assertThatNullPointerException()
        .isThrownBy(() -> new EditionFormatException("f", 1, "f", "v", null))
        .withMessage("problem");
  }
}
