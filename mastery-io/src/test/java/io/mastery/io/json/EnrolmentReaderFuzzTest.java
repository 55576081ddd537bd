package io.mastery.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mastery.io.UntrustedText;
import io.mastery.io.sample.SampleHub;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.rules.result.Decision;
import io.mastery.rules.engine.Rulebook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DisplayName;

/**
 * Hostile bytes against the enrolment reader: whatever a hub sends, the reader either returns an
 * enrolment that survives the writer and the rule engine, or throws {@link
 * EnrolmentFormatException}; never another exception, never an error of the virtual machine.
 *
 * <p>The saved inputs under {@code EnrolmentReaderFuzzTestInputs} replay in every build; with the
 * environment variable {@code JAZZER_FUZZ=1} the test fuzzes for real (see CONTRIBUTING.md).
 */
@DisplayName("Reading an enrolment file of hostile bytes")
class EnrolmentReaderFuzzTest {

  private static final ObjectMapper PLAIN_JSON = new ObjectMapper();

  private static final long TWENTY_MB = 20L * 1024 * 1024;

  @DisplayName("reads an enrolment or rejects the bytes as bad input, naming where")
  @FuzzTest(maxDuration = "90s")
  void readsAnEnrolmentOrRejectsTheBytesAsBadInput(byte[] input) throws IOException {
    Enrolment enrolment;
    try {
      enrolment = EnrolmentReader.standard().read(new ByteArrayInputStream(input));
    } catch (EnrolmentFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.reason()).isNotBlank();
      assertThat(UntrustedText.hasUnsafe(e.getMessage()))
          .as("the message, shown on stderr, holds no raw control character: %s", e.getMessage())
          .isFalse();
      return;
    }
    String written = EnrolmentWriter.standard().toJson(enrolment);
    assertThat(EnrolmentReader.standard().parse(written)).isEqualTo(enrolment);

    Decision decision = Rulebook.standard().evaluate(enrolment, SampleHub.register());
    JsonNode decisionJson = PLAIN_JSON.readTree(DecisionWriter.standard().toJson(decision));
    assertThat(decisionJson.get("valid").asBoolean()).isEqualTo(decision.isValid());
    assertThat(decisionJson.get("violations").size()).isEqualTo(decision.violations().size());
  }

  @DisplayName("rejects a huge or deeply nested input quickly, with bounded memory")
  @Test
  void hugeOrDeeplyNestedInputIsRejectedQuicklyWithBoundedMemory() {
    GeneratedInput hugeString =
        new GeneratedInput(
            "{\"academicYear\": \"2019/20\", \"workGroups\": [], \"hub\": {\"id\": \"",
            'x',
            TWENTY_MB,
            "\"}}");
    assertRejectedEarly(hugeString, "exceeds a limit", 1024 * 1024);

    GeneratedInput deepArrays = new GeneratedInput("{\"workGroups\": ", '[', 1_000_000, "");
    assertRejectedEarly(deepArrays, "exceeds a limit", 1024 * 1024);

    GeneratedInput longDocument =
        new GeneratedInput("{\"academicYear\": \"2019/20\", \"workGroups\": [", ' ', TWENTY_MB, "]}");
    assertRejectedEarly(
        longDocument, "exceeds a limit", JsonSettings.MAX_DOCUMENT_LENGTH + 64 * 1024);
  }

  /**
   * Reads the generated input, which is never held in memory, and checks that the reader throws
   * the documented exception within seconds, having read no more of it than the limit it breaks.
   */
  private static void assertRejectedEarly(GeneratedInput input, String reason, long maxConsumed) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> EnrolmentReader.standard().read(input))
                .isInstanceOf(EnrolmentFormatException.class)
                .hasMessageContaining(reason));
    assertThat(input.consumed).isLessThanOrEqualTo(maxConsumed);
  }

  /** A prefix, one byte repeated, and a suffix, made as they are read. */
  private static final class GeneratedInput extends InputStream {

    private final byte[] prefix;
    private final byte filler;
    private final long fillerLength;
    private final byte[] suffix;
    private long consumed;

    GeneratedInput(String prefix, char filler, long fillerLength, String suffix) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.filler = (byte) filler;
      this.fillerLength = fillerLength;
      this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      long at = consumed;
      if (at < prefix.length) {
        consumed++;
        return prefix[(int) at] & 0xFF;
      }
      at -= prefix.length;
      if (at < fillerLength) {
        consumed++;
        return filler & 0xFF;
      }
      at -= fillerLength;
      if (at < suffix.length) {
        consumed++;
        return suffix[(int) at] & 0xFF;
      }
      return -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int count = 0;
      while (count < length) {
        int b = read();
        if (b < 0) {
          break;
        }
        buffer[offset + count++] = (byte) b;
      }
      return count == 0 ? -1 : count;
    }
  }
}
