package io.mastery.io.gias;

import static io.mastery.model.testkit.Generators.LETTERS;
import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.Generators.optionals;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.Generators.uniqueListsOf;
import static io.mastery.model.testkit.MasteryGen.schools;
import static io.mastery.model.testkit.MasteryGen.ukprns;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Writing a register as GIAS CSV and reading it back")
class GiasRoundTripProperties {

  /**
   * Letters from U+00E0 to U+00FF only: in Latin-1 each is a byte that cannot start a UTF-8
   * sequence followed by another such byte or by ASCII, so detection cannot mistake the text for
   * UTF-8.
   */
  private static final String LATIN1_LETTERS = "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ";

  private static final String UTF8_LETTERS = "ŵŷâêîôûŴŶ’–ĀłŒ";

  /** Code that reads or writes in memory: an I/O failure there is a broken test, not a finding. */
  private interface InMemory {
    void run() throws IOException;
  }

  private static void inMemory(InMemory body) {
    try {
      body.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("every register written in UTF-8 reads back equal, detected as UTF-8 or ASCII")
  void everyRegisterWrittenInUtf8ReadsBackEqual() {
    qt(200)
        .forAll(registers())
        .checkAssert(
            schools ->
                inMemory(
                    () -> {
                      GiasImport read = readBytes(write(schools, StandardCharsets.UTF_8));
                      assertThat(read.problems()).isEmpty();
                      assertThat(read.register()).isEqualTo(SchoolRegister.of(schools));
                      assertThat(List.copyOf(read.register().schools())).isEqualTo(schools);
                      boolean ascii =
                          schools.stream()
                              .allMatch(s -> s.name().chars().allMatch(c -> c < 0x80));
                      assertThat(read.charset())
                          .isEqualTo(ascii ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8);
                    }));
  }

  @Test
  @DisplayName("every register written in Latin-1 reads back equal, detected as Latin-1 or ASCII")
  void everyRegisterWrittenInLatin1ReadsBackEqual() {
    qt(200)
        .forAll(latin1Registers())
        .checkAssert(
            schools ->
                inMemory(
                    () -> {
                      GiasImport read = readBytes(write(schools, StandardCharsets.ISO_8859_1));
                      assertThat(read.problems()).isEmpty();
                      assertThat(read.register()).isEqualTo(SchoolRegister.of(schools));
                      boolean ascii =
                          schools.stream()
                              .allMatch(s -> s.name().chars().allMatch(c -> c < 0x80));
                      assertThat(read.charset())
                          .isEqualTo(
                              ascii ? StandardCharsets.US_ASCII : StandardCharsets.ISO_8859_1);
                    }));
  }

  @Test
  @DisplayName("the order of the columns makes no difference")
  void theOrderOfTheColumnsMakesNoDifference() {
    qt(200)
        .forAll(registers(), longs().all())
        .checkAssert(
            (schools, seed) ->
                inMemory(
                    () -> {
                      StringWriter written = new StringWriter();
                      GiasRegisterWriter.standard().write(schools, written);
                      String shuffled = shuffleColumns(written.toString(), new Random(seed));
                      GiasImport read =
                          GiasRegisterReader.standard().read(new StringReader(shuffled));
                      assertThat(read.problems()).isEmpty();
                      assertThat(read.register()).isEqualTo(SchoolRegister.of(schools));
                    }));
  }

  @Test
  @DisplayName("only the required columns are needed")
  void onlyTheRequiredColumnsAreNeeded() {
    qt(200)
        .forAll(registers())
        .checkAssert(
            schools ->
                inMemory(
                    () -> {
                      StringWriter written = new StringWriter();
                      GiasRegisterWriter.standard().write(schools, written);
                      String requiredOnly =
                          keepColumns(written.toString(), GiasColumn.required());
                      GiasImport read =
                          GiasRegisterReader.standard().read(new StringReader(requiredOnly));
                      assertThat(read.problems()).isEmpty();
                      assertThat(read.register().schools())
                          .extracting(
                              School::urn,
                              School::name,
                              School::type,
                              School::status,
                              School::localAuthority)
                          .containsExactlyElementsOf(
                              schools.stream()
                                  .map(
                                      s ->
                                          org.assertj.core.groups.Tuple.tuple(
                                              s.urn(),
                                              s.name(),
                                              s.type(),
                                              s.status(),
                                              s.localAuthority()))
                                  .collect(java.util.stream.Collectors.toList()));
                      assertThat(read.register().schools())
                          .allSatisfy(
                              s -> {
                                assertThat(s.location()).isEmpty();
                                assertThat(s.statutoryAgeRange()).isEmpty();
                              });
                    }));
  }

  private static Gen<List<School>> registers() {
    return registers(UTF8_LETTERS + LATIN1_LETTERS + ",\"'& -");
  }

  private static Gen<List<School>> latin1Registers() {
    return registers(LATIN1_LETTERS + ",\"'& -");
  }

  /**
   * Registers of up to 12 schools, each URN once, with names of up to 30 letters and the given
   * characters, a region or none and a UKPRN or none.
   */
  private static Gen<List<School>> registers(String extraChars) {
    Gen<String> names =
        stringsOf(LETTERS + extraChars, 0, 30)
            .map(s -> ("Sample " + s + " School").replaceAll("\\s+", " "));
    Gen<School> schools =
        schools()
            .zip(
                names,
                optionals(oneOfValues("London", "North West", "Wales (pseudo)", "South East")),
                optionals(ukprns()),
                (school, name, region, ukprn) ->
                    School.builder().from(school).name(name).region(region).ukprn(ukprn).build());
    return uniqueListsOf(schools, School::urn, 0, 12);
  }

  private static byte[] write(List<School> schools, Charset charset) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, charset)) {
      GiasRegisterWriter.standard().write(schools, out);
    }
    return bytes.toByteArray();
  }

  private static GiasImport readBytes(byte[] bytes) throws IOException {
    return GiasRegisterReader.standard().read(new ByteArrayInputStream(bytes));
  }

  private static String shuffleColumns(String csv, Random random) throws IOException {
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < records.get(0).size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    return print(records, order);
  }

  private static String keepColumns(String csv, List<GiasColumn> columns) throws IOException {
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < records.get(0).size(); i++) {
      String header = records.get(0).get(i);
      if (columns.stream().anyMatch(c -> c.header().equals(header))) {
        order.add(i);
      }
    }
    return print(records, order);
  }

  private static String print(List<CSVRecord> records, List<Integer> order) throws IOException {
    StringWriter out = new StringWriter();
    CSVPrinter printer = CSVFormat.RFC4180.print(out);
    for (CSVRecord record : records) {
      List<String> row = new ArrayList<>();
      for (int i : order) {
        row.add(record.get(i));
      }
      printer.printRecord(row);
    }
    printer.flush();
    return out.toString();
  }
}
