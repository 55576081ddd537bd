package io.mastery.io.gias;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.testkit.MasteryArbitraries;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

@Label("Writing a register as GIAS CSV and reading it back")
class GiasRoundTripProperties {

  /**
   * Letters from U+00E0 to U+00FF only: in Latin-1 each is a byte that cannot start a UTF-8
   * sequence followed by another such byte or by ASCII, so detection cannot mistake the text for
   * UTF-8.
   */
  private static final String LATIN1_LETTERS = "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ";

  private static final String UTF8_LETTERS = "ŵŷâêîôûŴŶ’–ĀłŒ";

  @Property(tries = 200)
  @Label("every register written in UTF-8 reads back equal, detected as UTF-8 or ASCII")
  void everyRegisterWrittenInUtf8ReadsBackEqual(@ForAll("registers") List<School> schools)
      throws IOException {
    GiasImport read = readBytes(write(schools, StandardCharsets.UTF_8));
    assertThat(read.problems()).isEmpty();
    assertThat(read.register()).isEqualTo(SchoolRegister.of(schools));
    assertThat(List.copyOf(read.register().schools())).isEqualTo(schools);
    boolean ascii = schools.stream().allMatch(s -> s.name().chars().allMatch(c -> c < 0x80));
    assertThat(read.charset())
        .isEqualTo(ascii ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8);
  }

  @Property(tries = 200)
  @Label("every register written in Latin-1 reads back equal, detected as Latin-1 or ASCII")
  void everyRegisterWrittenInLatin1ReadsBackEqual(@ForAll("latin1Registers") List<School> schools)
      throws IOException {
    GiasImport read = readBytes(write(schools, StandardCharsets.ISO_8859_1));
    assertThat(read.problems()).isEmpty();
    assertThat(read.register()).isEqualTo(SchoolRegister.of(schools));
    boolean ascii = schools.stream().allMatch(s -> s.name().chars().allMatch(c -> c < 0x80));
    assertThat(read.charset())
        .isEqualTo(ascii ? StandardCharsets.US_ASCII : StandardCharsets.ISO_8859_1);
  }

  @Property(tries = 200)
  @Label("the order of the columns makes no difference")
  void theOrderOfTheColumnsMakesNoDifference(
      @ForAll("registers") List<School> schools, @ForAll long seed) throws IOException {
    StringWriter written = new StringWriter();
    GiasRegisterWriter.standard().write(schools, written);
    String shuffled = shuffleColumns(written.toString(), new Random(seed));
    GiasImport read = GiasRegisterReader.standard().read(new StringReader(shuffled));
    assertThat(read.problems()).isEmpty();
    assertThat(read.register()).isEqualTo(SchoolRegister.of(schools));
  }

  @Property(tries = 200)
  @Label("only the required columns are needed")
  void onlyTheRequiredColumnsAreNeeded(@ForAll("registers") List<School> schools)
      throws IOException {
    StringWriter written = new StringWriter();
    GiasRegisterWriter.standard().write(schools, written);
    String requiredOnly = keepColumns(written.toString(), GiasColumn.required());
    GiasImport read = GiasRegisterReader.standard().read(new StringReader(requiredOnly));
    assertThat(read.problems()).isEmpty();
    assertThat(read.register().schools())
        .extracting(School::urn, School::name, School::type, School::status, School::localAuthority)
        .containsExactlyElementsOf(
            schools.stream()
                .map(
                    s ->
                        org.assertj.core.groups.Tuple.tuple(
                            s.urn(), s.name(), s.type(), s.status(), s.localAuthority()))
                .collect(java.util.stream.Collectors.toList()));
    assertThat(read.register().schools())
        .allSatisfy(
            s -> {
              assertThat(s.location()).isEmpty();
              assertThat(s.statutoryAgeRange()).isEmpty();
            });
  }

  @Provide
  Arbitrary<List<School>> registers() {
    return registers(UTF8_LETTERS + LATIN1_LETTERS + ",\"'& -");
  }

  @Provide
  Arbitrary<List<School>> latin1Registers() {
    return registers(LATIN1_LETTERS + ",\"'& -");
  }

  private static Arbitrary<List<School>> registers(String extraChars) {
    Arbitrary<String> names =
        Arbitraries.strings()
            .alpha()
            .withChars(extraChars)
            .ofMinLength(0)
            .ofMaxLength(30)
            .map(s -> ("Sample " + s + " School").replaceAll("\\s+", " "));
    Arbitrary<School> schools =
        Combinators.combine(
                MasteryArbitraries.schools(),
                names,
                Arbitraries.of("London", "North West", "Wales (pseudo)", "South East").optional(),
                MasteryArbitraries.ukprns().optional())
            .as(
                (school, name, region, ukprn) ->
                    School.builder().from(school).name(name).region(region).ukprn(ukprn).build());
    return schools.list().ofMaxSize(12).uniqueElements(School::urn);
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
