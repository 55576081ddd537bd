package io.mastery.io.gias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mastery.io.UntrustedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DisplayName;

/**
 * Hostile bytes against the GIAS reader: the lenient and the strict reader either read the bytes
 * or throw {@link GiasFormatException}, never another exception; the lenient reader accounts for
 * every row it read, as a school or as a problem; and the two readers agree.
 *
 * <p>The saved inputs under {@code GiasRegisterReaderFuzzTestInputs} replay in every build; with
 * the environment variable {@code JAZZER_FUZZ=1} the test fuzzes for real (see CONTRIBUTING.md).
 */
@DisplayName("Reading a GIAS register of hostile bytes")
class GiasRegisterReaderFuzzTest {

  private static final GiasRegisterReader LENIENT = GiasRegisterReader.standard();

  private static final GiasRegisterReader STRICT = GiasRegisterReader.standard().strict();

  @DisplayName("reads a register or rejects the bytes as bad input, never losing a row silently")
  @FuzzTest(maxDuration = "90s")
  void readsARegisterOrRejectsTheBytesAsBadInput(byte[] input) throws IOException {
    GiasImport lenient;
    try {
      lenient = LENIENT.read(new ByteArrayInputStream(input));
    } catch (GiasFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(UntrustedText.hasUnsafe(e.getMessage()))
          .as("the message, shown on stderr, holds no raw control character: %s", e.getMessage())
          .isFalse();
      assertThatThrownBy(() -> STRICT.read(new ByteArrayInputStream(input)))
          .as("the strict reader rejects what the lenient reader rejects")
          .isInstanceOf(GiasFormatException.class);
      return;
    }

    long skippedRows =
        lenient.problems().stream()
            .filter(RowProblem::rowSkipped)
            .mapToLong(RowProblem::line)
            .distinct()
            .count();
    assertThat(lenient.rowsRead())
        .as("rows read: every row is a school or a skipped row, none is dropped silently")
        .isEqualTo(lenient.register().size() + lenient.rowsSkipped());
    if (lenient.problemsNotKept() == 0) {
      assertThat(lenient.rowsSkipped()).as("every skipped row has its problem").isEqualTo(skippedRows);
    }
    assertThat(lenient.problems())
        .as("each problem, shown on stderr, holds no raw control character")
        .noneMatch(p -> UntrustedText.hasUnsafe(p.toString()));
    assertThat(lenient.problems().size()).isLessThanOrEqualTo(GiasRegisterReader.MAX_PROBLEMS_KEPT);
    assertThat(lenient.problems())
        .as("problems in file order")
        .isSortedAccordingTo((a, b) -> Long.compare(a.line(), b.line()));

    if (lenient.isClean()) {
      GiasImport strict = STRICT.read(new ByteArrayInputStream(input));
      assertThat(strict.register()).isEqualTo(lenient.register());
      assertThat(strict.rowsRead()).isEqualTo(lenient.rowsRead());
    } else {
      RowProblem first = lenient.problems().get(0);
      assertThatThrownBy(() -> STRICT.read(new ByteArrayInputStream(input)))
          .as("the strict reader throws for the first problem row")
          .isInstanceOf(GiasFormatException.class)
          .hasMessage(new GiasFormatException(first).getMessage());
    }
  }

  @DisplayName("rejects a huge field whose quote never closes quickly")
  @Test
  void hugeFieldWithAQuoteNeverClosedIsRejectedQuickly() {
    byte[] header =
        ("URN,LA (code),EstablishmentName,TypeOfEstablishment (code),"
                + "EstablishmentStatus (code),PhaseOfEducation (code)\n"
                + "990001,202,\"")
            .getBytes(StandardCharsets.US_ASCII);
    InputStream huge =
        new SequenceInputStream(new ByteArrayInputStream(header), new Repeated('x', 20_000_000));
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            assertThatThrownBy(() -> LENIENT.read(huge))
                .isInstanceOf(GiasFormatException.class)
                .hasMessageContaining("not valid CSV"));
  }

  /** One byte repeated, made as it is read. */
  private static final class Repeated extends InputStream {

    private final byte value;
    private long left;

    Repeated(char value, long length) {
      this.value = (byte) value;
      this.left = length;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return length == 0 ? 0 : -1;
      }
      int count = (int) Math.min(length, left);
      Arrays.fill(buffer, offset, offset + count, value);
      left -= count;
      return count;
    }
  }
}
