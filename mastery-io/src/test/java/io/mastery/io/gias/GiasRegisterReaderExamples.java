package io.mastery.io.gias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentType;
import io.mastery.model.school.EstablishmentTypeGroup;
import io.mastery.model.school.FundingStatus;
import io.mastery.model.school.GridReference;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.PhaseOfEducation;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Ukprn;
import io.mastery.model.school.Urn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Reading the DfE's GIAS register")
class GiasRegisterReaderExamples {

  static GiasImport read(String resource) {
    return read(GiasRegisterReader.standard(), resource);
  }

  static GiasImport read(GiasRegisterReader reader, String resource) {
    try (InputStream in =
        GiasRegisterReaderExamples.class.getResourceAsStream("/gias/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GiasImport readText(String csv) {
    return readBytes(csv.getBytes(StandardCharsets.UTF_8));
  }

  static GiasImport readBytes(byte[] bytes) {
    try {
      return GiasRegisterReader.standard().read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static School school(GiasImport gias, int urn) {
    return gias.register().find(Urn.of(urn)).orElseThrow();
  }

  static final String REQUIRED_HEADER =
      "URN,LA (code),EstablishmentName,TypeOfEstablishment (code),EstablishmentStatus (code),"
          + "PhaseOfEducation (code)\n";

  @Nested
  @DisplayName("the real extract of 29 October 2018")
  class RealExtract {

    final GiasImport gias = read("edubasealldata20181029_20.csv");

    @Test
    @DisplayName("reads every one of its twenty rows without a problem")
    void readsEveryOneOfItsTwentyRowsWithoutAProblem() {
      assertThat(gias.problems()).isEmpty();
      assertThat(gias.rowsRead()).isEqualTo(20);
      assertThat(gias.register().size()).isEqualTo(20);
      assertThat(gias.register().schools())
          .extracting(s -> s.urn().value())
          .containsExactly(
              100000, 100001, 100002, 100003, 100004, 100005, 100006, 100007, 100008, 100009,
              100010, 100011, 100012, 100013, 100014, 100015, 100016, 100017, 100018, 100019);
    }

    @Test
    @DisplayName("reads every fact of a voluntary aided primary with a zero-padded type code")
    void readsEveryFactOfAVoluntaryAidedPrimaryWithAZeroPaddedTypeCode() {
      assertThat(school(gias, 100000))
          .isEqualTo(
              School.builder()
                  .urn(Urn.of(100000))
                  .name("Sir John Cass's Foundation Primary School")
                  .type(EstablishmentType.VOLUNTARY_AIDED_SCHOOL)
                  .phaseOfEducation(PhaseOfEducation.PRIMARY)
                  .status(EstablishmentStatus.OPEN)
                  .localAuthority(LocalAuthorityCode.of("201"))
                  .localAuthorityName("City of London")
                  .region("London")
                  .statutoryAgeRange(AgeRange.of(3, 11))
                  .location(GridReference.of(533498, 181201))
                  .ukprn(Ukprn.of("10079319"))
                  .build());
    }

    @Test
    @DisplayName("reads independent schools, nurseries, pupil referral units and closed schools")
    void readsIndependentSchoolsNurseriesPupilReferralUnitsAndClosedSchools() {
      assertThat(school(gias, 100001).fundingStatus()).isEqualTo(FundingStatus.INDEPENDENT);
      assertThat(school(gias, 100001).phaseOfEducation())
          .isEqualTo(PhaseOfEducation.NOT_APPLICABLE);
      assertThat(school(gias, 100004).status()).isEqualTo(EstablishmentStatus.CLOSED);
      assertThat(school(gias, 100004).ukprn()).isEmpty();
      assertThat(school(gias, 100005).type())
          .isEqualTo(EstablishmentType.LOCAL_AUTHORITY_NURSERY_SCHOOL);
      assertThat(school(gias, 100005).phaseOfEducation()).isEqualTo(PhaseOfEducation.NURSERY);
      assertThat(school(gias, 100006).type()).isEqualTo(EstablishmentType.PUPIL_REFERRAL_UNIT);
      assertThat(school(gias, 100006).statutoryAgeRange()).contains(AgeRange.of(14, 16));
      assertThat(school(gias, 100016).status()).isEqualTo(EstablishmentStatus.CLOSED);
    }

    @Test
    @DisplayName("detects that its text is ASCII")
    void detectsThatItsTextIsAscii() {
      assertThat(gias.charset()).isEqualTo(StandardCharsets.US_ASCII);
    }

    @Test
    @DisplayName("reads the same when the charset is given as Latin-1")
    void readsTheSameWhenTheCharsetIsGivenAsLatin1() {
      GiasImport latin1 =
          read(
              GiasRegisterReader.standard().withCharset(StandardCharsets.ISO_8859_1),
              "edubasealldata20181029_20.csv");
      assertThat(latin1.register()).isEqualTo(gias.register());
      assertThat(latin1.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    }
  }

  @Nested
  @DisplayName("files written for the tests")
  class Fixtures {

    @Test
    @DisplayName("reads a selected fields download with its columns in another order")
    void readsASelectedFieldsDownloadWithItsColumnsInAnotherOrder() {
      GiasImport gias = read("selected-fields-reordered.csv");
      assertThat(gias.problems()).isEmpty();
      assertThat(gias.register().schools())
          .extracting(School::name, School::type, School::phaseOfEducation)
          .containsExactly(
              tuple(
                  "Sample Converter Primary Academy",
                  EstablishmentType.ACADEMY_CONVERTER,
                  PhaseOfEducation.PRIMARY),
              tuple(
                  "Sample Sponsor-led Secondary Academy",
                  EstablishmentType.ACADEMY_SPONSOR_LED,
                  PhaseOfEducation.SECONDARY),
              tuple("Sample Free School", EstablishmentType.FREE_SCHOOLS, PhaseOfEducation.PRIMARY),
              tuple(
                  "Sample University Technical College",
                  EstablishmentType.UNIVERSITY_TECHNICAL_COLLEGE,
                  PhaseOfEducation.SECONDARY),
              tuple(
                  "Sample Community Secondary School",
                  EstablishmentType.COMMUNITY_SCHOOL,
                  PhaseOfEducation.SECONDARY),
              tuple(
                  "Sample Further Education College",
                  EstablishmentType.FURTHER_EDUCATION,
                  PhaseOfEducation.SIXTEEN_PLUS),
              tuple(
                  "Sample Sixth Form Centre",
                  EstablishmentType.SIXTH_FORM_CENTRES,
                  PhaseOfEducation.SIXTEEN_PLUS),
              tuple(
                  "Sample Ysgol Gynradd",
                  EstablishmentType.WELSH_ESTABLISHMENT,
                  PhaseOfEducation.PRIMARY),
              tuple(
                  "Sample Academy 16-19 Converter",
                  EstablishmentType.ACADEMY_16_19_CONVERTER,
                  PhaseOfEducation.SIXTEEN_PLUS));
    }

    @Test
    @DisplayName("reads the optional columns a selected fields download has and leaves out the others")
    void readsTheOptionalColumnsASelectedFieldsDownloadHasAndLeavesOutTheOthers() {
      GiasImport gias = read("selected-fields-reordered.csv");
      School college = school(gias, 990106);
      assertThat(college.ukprn()).contains(Ukprn.of("10099106"));
      assertThat(college.type().group()).isEqualTo(EstablishmentTypeGroup.COLLEGES);
      assertThat(college.statutoryAgeRange()).contains(AgeRange.of(16, 99));
      assertThat(college.location()).contains(GridReference.of(530000, 184000));
      assertThat(college.localAuthorityName()).isEqualTo("Camden");
      assertThat(college.region()).isEmpty();
      School proposed = school(gias, 990109);
      assertThat(proposed.status()).isEqualTo(EstablishmentStatus.PROPOSED_TO_OPEN);
      assertThat(proposed.location()).isEmpty();
    }

    @Test
    @DisplayName("reads Welsh establishments as outside England")
    void readsWelshEstablishmentsAsOutsideEngland() {
      GiasImport gias = read("selected-fields-reordered.csv");
      assertThat(school(gias, 990108).fundingStatus()).isEqualTo(FundingStatus.OUTSIDE_ENGLAND);
      assertThat(school(gias, 990108).localAuthority()).isEqualTo(LocalAuthorityCode.of("681"));
    }

    @Test
    @DisplayName("reads UTF-8 with a byte order mark and keeps Welsh and French letters")
    void readsUtf8WithAByteOrderMarkAndKeepsWelshAndFrenchLetters() {
      GiasImport gias = read("utf8-with-bom.csv");
      assertThat(gias.problems()).isEmpty();
      assertThat(gias.charset()).isEqualTo(StandardCharsets.UTF_8);
      assertThat(school(gias, 990201).name()).isEqualTo("Sample Ysgol Gymraeg Tŷ Coch");
      assertThat(school(gias, 990202).name()).isEqualTo("Sample Ysgol Pen-y-Bryn, Llanelwy");
      assertThat(school(gias, 990203).name()).isEqualTo("Sample École Française Primary");
      assertThat(school(gias, 990201).region()).contains("Wales (pseudo)");
    }

    @Test
    @DisplayName("reads UTF-8 with a byte order mark before quoted headers, as spreadsheets save it")
    void readsAByteOrderMarkBeforeQuotedHeaders() {
      byte[] csv =
          ("\uFEFF\"URN\",\"LA (code)\",\"EstablishmentName\",\"TypeOfEstablishment (code)\","
                  + "\"EstablishmentStatus (code)\",\"PhaseOfEducation (code)\"\n"
                  + "\"100010\",\"202\",\"Brecknock Primary School\",\"01\",\"1\",\"2\"\n")
              .getBytes(StandardCharsets.UTF_8);
      GiasImport gias = readBytes(csv);
      assertThat(gias.problems()).isEmpty();
      assertThat(school(gias, 100010).name()).isEqualTo("Brecknock Primary School");
    }

    @Test
    @DisplayName("refuses a JSON file, naming it as JSON rather than a missing column")
    void refusesAJsonFile() {
      assertThatThrownBy(() -> readText("{\"academicYear\": \"2019/20\"}"))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageStartingWith("line 1: this looks like JSON, not a GIAS CSV file");
    }

    @Test
    @DisplayName("names the headers it found when a required column is missing")
    void namesTheHeadersFound() {
      assertThatThrownBy(() -> readText("URN,Name\n100010,A\n"))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageEndingWith("the header found has 2 columns: \"URN\", \"Name\"");
    }

    @Test
    @DisplayName("reads Latin-1 as the DfE publishes it")
    void readsLatin1AsTheDfePublishesIt() {
      GiasImport gias = read("latin1-names.csv");
      assertThat(gias.problems()).isEmpty();
      assertThat(gias.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
      assertThat(school(gias, 990301).name()).isEqualTo("Sample St Thomas à Becket Primary School");
      assertThat(school(gias, 990302).name()).isEqualTo("Sample Café Quarter Nursery School");
    }

    @Test
    @DisplayName("reads a 2025-era extract with the new group names and a filled country column")
    void readsA2025EraExtractWithTheNewGroupNamesAndAFilledCountryColumn() {
      GiasImport gias = read("gias-2025-era.csv");
      assertThat(gias.problems()).isEmpty();
      assertThat(gias.register().size()).isEqualTo(5);
      assertThat(school(gias, 990401).type().group())
          .isEqualTo(EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS);
      assertThat(school(gias, 990402).type()).isEqualTo(EstablishmentType.ACADEMY_CONVERTER);
      assertThat(school(gias, 990403).status())
          .isEqualTo(EstablishmentStatus.OPEN_PROPOSED_TO_CLOSE);
      assertThat(school(gias, 990403).type())
          .isEqualTo(EstablishmentType.FREE_SCHOOLS_ALTERNATIVE_PROVISION);
      assertThat(school(gias, 990404).type()).isEqualTo(EstablishmentType.ONLINE_PROVIDER);
      assertThat(school(gias, 990404).statutoryAgeRange()).isEmpty();
      assertThat(school(gias, 990404).location()).isEmpty();
      assertThat(school(gias, 990405).status()).isEqualTo(EstablishmentStatus.CLOSED);
    }

    @Test
    @DisplayName("reads the same schools from the 2018 and the 2025 group names")
    void readsTheSameSchoolsFromThe2018AndThe2025GroupNames() {
      String row = "990601,202,Camden,Sample School,01,4,%s,1,2\n";
      String header =
          "URN,LA (code),LA (name),EstablishmentName,TypeOfEstablishment (code),"
              + "EstablishmentTypeGroup (code),EstablishmentTypeGroup (name),"
              + "EstablishmentStatus (code),PhaseOfEducation (code)\n";
      GiasImport older = readText(header + String.format(row, "LA maintained schools"));
      GiasImport newer =
          readText(header + String.format(row, "Local authority maintained schools"));
      assertThat(older.problems()).isEmpty();
      assertThat(older.register()).isEqualTo(newer.register());
    }
  }

  @Nested
  @DisplayName("rows that cannot be used")
  class BadRows {

    final GiasImport gias = read("bad-rows.csv");

    @Test
    @DisplayName("keeps every good row and reports every bad one with its line, column and value")
    void keepsEveryGoodRowAndReportsEveryBadOneWithItsLineColumnAndValue() {
      assertThat(gias.register().schools())
          .extracting(s -> s.urn().value())
          .containsExactly(990501, 990505, 990506, 990508, 990511);
      assertThat(gias.rowsRead()).isEqualTo(13);
      assertThat(gias.problems())
          .extracting(RowProblem::line, RowProblem::column, RowProblem::value)
          .containsExactly(
              tuple(3L, "URN", "12345"),
              tuple(4L, "TypeOfEstablishment (code)", "99"),
              tuple(5L, "EstablishmentName", ""),
              tuple(6L, "Easting", "800000"),
              tuple(7L, "StatutoryHighAge", ""),
              tuple(8L, "URN", "990501"),
              tuple(9L, "EstablishmentTypeGroup (code)", "10"),
              tuple(10L, "LA (code)", "20"),
              tuple(11L, "EstablishmentStatus (code)", "9"),
              tuple(13L, "", ""),
              tuple(14L, "TypeOfEstablishment (code)", "x1"),
              tuple(14L, "PhaseOfEducation (code)", "phase"),
              tuple(14L, "Northing", "-5"));
    }

    @Test
    @DisplayName("explains each problem naming the value")
    void explainsEachProblemNamingTheValue() {
      assertThat(gias.problems())
          .extracting(RowProblem::toString)
          .contains(
              "line 3, column \"URN\": URN must have 6 digits: \"12345\"",
              "line 4, column \"TypeOfEstablishment (code)\": establishment type code is not"
                  + " known: 99",
              "line 5, column \"EstablishmentName\": EstablishmentName is empty; a register"
                  + " needs it",
              "line 6, column \"Easting\": easting is off the British National Grid (0 to 700000"
                  + " metres): 800000",
              "line 7, column \"StatutoryHighAge\": StatutoryHighAge is empty but"
                  + " StatutoryLowAge is 3; an age range needs both or neither",
              "line 8, column \"URN\": URN 990501 is already listed on line 2",
              "line 9, column \"EstablishmentTypeGroup (code)\": establishment type group 10 is"
                  + " not the group of type 1 (Community school), which is 4 (Local authority"
                  + " maintained schools)",
              "line 13: the row has 5 fields but the header has 14");
    }

    @Test
    @DisplayName("keeps the first of two rows with the same URN")
    void keepsTheFirstOfTwoRowsWithTheSameUrn() {
      assertThat(school(gias, 990501).name()).isEqualTo("Sample Good Primary School");
    }

    @Test
    @DisplayName("throws for the first bad row when reading strictly")
    void throwsForTheFirstBadRowWhenReadingStrictly() {
      assertThatThrownBy(() -> read(GiasRegisterReader.standard().strict(), "bad-rows.csv"))
          .isInstanceOfSatisfying(
              GiasFormatException.class,
              e -> {
                assertThat(e.line()).hasValue(3);
                assertThat(e.column()).contains("URN");
                assertThat(e.problem().map(RowProblem::value)).contains("12345");
              })
          .hasMessage("line 3, column \"URN\": URN must have 6 digits: \"12345\"");
    }

    @Test
    @DisplayName("throws for the first problem when asked for the register or an exception")
    void throwsForTheFirstProblemWhenAskedForTheRegisterOrAnException() {
      assertThatThrownBy(gias::orThrow)
          .isInstanceOf(GiasFormatException.class)
          .hasMessageStartingWith("line 3, column \"URN\"");
      assertThat(read("latin1-names.csv").orThrow().size()).isEqualTo(2);
    }

    @Test
    @DisplayName("counts lines from the row's start when a quoted name spans lines")
    void countsLinesFromTheRowsStartWhenAQuotedNameSpansLines() {
      GiasImport multi =
          readText(
              REQUIRED_HEADER
                  + "990701,202,\"Sample School\nof Two Lines\",01,1,2\n"
                  + "\n"
                  + "990702,202,Sample Bad School,01,1,9\n");
      assertThat(multi.register().find(Urn.of(990701)).map(School::name))
          .contains("Sample School\nof Two Lines");
      assertThat(multi.problems())
          .extracting(RowProblem::line, RowProblem::column)
          .containsExactly(tuple(5L, "PhaseOfEducation (code)"));
    }

    @Test
    @DisplayName("reports a CSV syntax fault as a format exception with its line")
    void reportsACsvSyntaxFaultAsAFormatExceptionWithItsLine() {
      assertThatThrownBy(
              () -> readText(REQUIRED_HEADER + "990801,202,\"Sample \"quoted\" School,01,1,2\n"))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageStartingWith("line 2: not valid CSV");
    }
  }

  @Nested
  @DisplayName("the header and the text")
  class HeaderAndText {

    @Test
    @DisplayName("names the missing required column")
    void namesTheMissingRequiredColumn() {
      String csv =
          "URN,LA (code),EstablishmentName,TypeOfEstablishment (code),"
              + "EstablishmentStatus (code)\n990901,202,Sample School,01,1\n";
      assertThatThrownBy(() -> readText(csv))
          .isInstanceOfSatisfying(
              GiasFormatException.class,
              e -> assertThat(e.column()).contains("PhaseOfEducation (code)"))
          .hasMessageStartingWith(
              "the GIAS file has no column \"PhaseOfEducation (code)\"; a register needs the"
                  + " columns URN, LA (code), EstablishmentName, TypeOfEstablishment (code),"
                  + " EstablishmentStatus (code), PhaseOfEducation (code)");
    }

    @Test
    @DisplayName("names every missing required column")
    void namesEveryMissingRequiredColumn() {
      assertThatThrownBy(() -> readText("URN,EstablishmentName\n990901,Sample School\n"))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageStartingWith(
              "the GIAS file has no column \"LA (code)\", \"TypeOfEstablishment (code)\","
                  + " \"EstablishmentStatus (code)\", \"PhaseOfEducation (code)\"");
    }

    @Test
    @DisplayName("refuses an empty file")
    void refusesAnEmptyFile() {
      assertThatThrownBy(() -> readText(""))
          .isInstanceOf(GiasFormatException.class)
          .hasMessage("the GIAS file is empty: it has no header row");
    }

    @Test
    @DisplayName("refuses a header that names a column it reads twice")
    void refusesAHeaderThatNamesAColumnItReadsTwice() {
      assertThatThrownBy(() -> readText(REQUIRED_HEADER.replace("\n", ",urn\n")))
          .isInstanceOf(GiasFormatException.class)
          .hasMessage("line 1: the header names column \"URN\" twice, as columns 1 and 7");
    }

    @Test
    @DisplayName("matches header names ignoring case and surrounding spaces")
    void matchesHeaderNamesIgnoringCaseAndSurroundingSpaces() {
      GiasImport gias =
          readText(
              " urn ,LA (CODE),establishmentname,TypeOfEstablishment (code),"
                  + "EstablishmentStatus (code),PhaseOfEducation (code)\n"
                  + "990902,202,Sample School,1,1,2\n");
      assertThat(gias.problems()).isEmpty();
      assertThat(school(gias, 990902).type()).isEqualTo(EstablishmentType.COMMUNITY_SCHOOL);
    }

    @Test
    @DisplayName("reads a file with only a header as an empty register")
    void readsAFileWithOnlyAHeaderAsAnEmptyRegister() {
      GiasImport gias = readText(REQUIRED_HEADER);
      assertThat(gias.register()).isEqualTo(SchoolRegister.empty());
      assertThat(gias.rowsRead()).isZero();
    }

    @Test
    @DisplayName("reads Windows line endings")
    void readsWindowsLineEndings() {
      GiasImport gias =
          readText(
              REQUIRED_HEADER.replace("\n", "\r\n")
                  + "990903,202,Sample School,01,1,2\r\n990904,202,Sample Bad,01,1,8\r\n");
      assertThat(gias.register().size()).isEqualTo(1);
      assertThat(gias.problems()).extracting(RowProblem::line).containsExactly(3L);
    }

    @Test
    @DisplayName("refuses text given as UTF-8 that is not and names its line")
    void refusesTextGivenAsUtf8ThatIsNotAndNamesItsLine() {
      byte[] latin1 =
          (REQUIRED_HEADER + "990905,202,Sample Caf\u00e9 School,01,1,2\n")
              .getBytes(StandardCharsets.ISO_8859_1);
      assertThatThrownBy(
              () ->
                  GiasRegisterReader.standard()
                      .withCharset(StandardCharsets.UTF_8)
                      .read(new ByteArrayInputStream(latin1)))
          .isInstanceOfSatisfying(GiasFormatException.class, e -> assertThat(e.line()).hasValue(2))
          .hasMessageStartingWith("line 2: bytes 0xE9 are not valid UTF-8");
    }

    @Test
    @DisplayName("refuses text detected as UTF-8 that later has Latin-1 bytes")
    void refusesTextDetectedAsUtf8ThatLaterHasLatin1Bytes() {
      byte[] utf8 =
          (REQUIRED_HEADER + "990906,202,Sample T\u0177 School,01,1,2\n")
              .getBytes(StandardCharsets.UTF_8);
      byte[] latin1 =
          "990907,202,Sample Caf\u00e9 School,01,1,2\n".getBytes(StandardCharsets.ISO_8859_1);
      byte[] mixed = new byte[utf8.length + latin1.length];
      System.arraycopy(utf8, 0, mixed, 0, utf8.length);
      System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);
      assertThatThrownBy(() -> readBytes(mixed))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageStartingWith("line 3: bytes 0xE9 are not valid UTF-8");
    }

    @Test
    @DisplayName("reads decoded text from a reader")
    void readsDecodedTextFromAReader() throws IOException {
      GiasImport gias =
          GiasRegisterReader.standard()
              .read(new StringReader(REQUIRED_HEADER + "990908,202,Sample Tŷ School,01,1,2\n"));
      assertThat(school(gias, 990908).name()).isEqualTo("Sample Tŷ School");
    }

    @Test
    @DisplayName("tells whether it reads strictly and which charset, if any, it was given")
    void describesItsSettings() {
      assertThat(GiasRegisterReader.standard().isStrict()).isFalse();
      assertThat(GiasRegisterReader.standard().charset()).isEqualTo(Optional.empty());
      GiasRegisterReader reader =
          GiasRegisterReader.standard().strict().withCharset(StandardCharsets.ISO_8859_1);
      assertThat(reader.isStrict()).isTrue();
      assertThat(reader.charset()).contains(StandardCharsets.ISO_8859_1);
      assertThat(reader.lenient().withCharsetDetection().isStrict()).isFalse();
      assertThat(reader.withCharsetDetection().charset()).isEmpty();
    }
  }
}
