package io.mastery.io.gias;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.school.Urn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A register the size of the DfE's full extract: 50,000 rows of its 2018 column set (about 140
 * columns, over 60 MB), made from the 20 real rows with new URNs, in Latin-1 with the first
 * accented letter 40,000 rows in.
 */
@DisplayName("Reading a full-size extract")
class FullExtractExamples {

  private static final int ROWS = 50_000;
  private static final int FIRST_ACCENT_ROW = 40_000;

  private static Path dir;
  private static Path extract;

  @BeforeAll
  static void writeExtract() throws IOException {
    dir = Files.createTempDirectory("gias-full");
    extract = dir.resolve("edubasealldata-full.csv");
    List<String> lines;
    try (InputStream in =
        FullExtractExamples.class.getResourceAsStream("/gias/edubasealldata20181029_20.csv")) {
      lines = List.of(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\n"));
    }
    try (BufferedWriter out = Files.newBufferedWriter(extract, StandardCharsets.ISO_8859_1)) {
      out.write(lines.get(0));
      out.write('\n');
      for (int i = 0; i < ROWS; i++) {
        String row = lines.get(1 + i % 20);
        String rest = row.substring(row.indexOf(','));
        if (i == FIRST_ACCENT_ROW) {
          rest = rest.replace("Primary School", "Primary School (Ecole Fran\u00e7aise)");
        }
        out.write(Integer.toString(200_000 + i));
        out.write(rest);
        out.write('\n');
      }
    }
  }

  @AfterAll
  static void removeExtract() throws IOException {
    Files.deleteIfExists(extract);
    Files.deleteIfExists(dir);
  }

  @Test
  @DisplayName("loads 50,000 rows of 60 MB within seconds and detects Latin-1 that comes late")
  void loadsFiftyThousandRowsOfSixtyMegabytesInSecondsAndDetectsLatin1Late() throws IOException {
    assertThat(Files.size(extract)).isGreaterThan(60_000_000L);
    long start = System.nanoTime();
    GiasImport gias = GiasRegisterReader.standard().read(extract);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(gias.problems()).isEmpty();
    assertThat(gias.register().size()).isEqualTo(ROWS);
    assertThat(gias.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(gias.register().find(Urn.of(200_000 + FIRST_ACCENT_ROW)).orElseThrow().name())
        .endsWith("(Ecole Fran\u00e7aise)");
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }
}
