package io.mastery.io.sample;

import io.mastery.io.gias.GiasRegisterReader;
import io.mastery.io.json.ApplicationsReader;
import io.mastery.io.json.EnrolmentReader;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.planning.Applications;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample hub bundled with the library, for trying the library and the {@code mastery} command
 * without data of one's own.
 *
 * <p>The {@linkplain #register() register} holds the first 20 rows of the DfE's GIAS extract of 29
 * October 2018 (Open Government Licence) and invented establishments with URNs from 990001, each
 * named "Sample ...": open primaries of every state-funded type in Camden (202) and the City of
 * London (201), a primary in Islington, a Welsh establishment, a secondary academy, a sixth form
 * college, a special school and an independent school. It is a GIAS file in the 2018 extract's full
 * column set, in UTF-8.
 *
 * <p>The {@linkplain #enrolment() enrolment} is the London Central and West hub's year 2019/20:
 * Work Groups WG-01 and WG-02 keep every rule and receive funding; the others hold a realistic
 * mistake of every kind the rule catalogue names: a Development group of eight schools, a school
 * sending three teachers, a school listed twice, a lead who is not a known specialist, a lead in
 * the training year, a lead of two Development groups, an independent school, a Welsh
 * establishment, a closed school, a nursery in a primary group, a school outside the hub's local
 * authorities, a URN not in the register, a school repeating Development, Embedding without
 * Development, Mastery Readiness after Development, a school in two groups and a teacher in two
 * groups.
 *
 * <p>The {@linkplain #applications() applications} are the same hub's for primary Development in
 * 2019/20: every school of the sample register applies, with the enrolment's six specialists and
 * history, so that the planner shows a reason of every kind for the schools it leaves out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleHub {

  /** The class-path resource of the sample register, a GIAS CSV file. */
  public static final String REGISTER_RESOURCE = "/io/mastery/io/sample/sample-register.csv";

  /** The class-path resource of the sample enrolment, an enrolment JSON file. */
  public static final String ENROLMENT_RESOURCE = "/io/mastery/io/sample/sample-enrolment.json";

  /** The class-path resource of the sample applications, an applications JSON file. */
  public static final String APPLICATIONS_RESOURCE =
      "/io/mastery/io/sample/sample-applications.json";

  private SampleHub() {}

  /**
   * Returns the sample register.
   *
   * @return the register, not null
   */
  public static SchoolRegister register() {
    return Holder.REGISTER;
  }

  /**
   * Returns the sample hub's enrolment for 2019/20.
   *
   * @return the enrolment, not null
   */
  public static Enrolment enrolment() {
    return Holder.ENROLMENT;
  }

  /**
   * Returns the sample enrolment file's JSON text.
   *
   * @return the JSON, not null
   */
  public static String enrolmentJson() {
    try (InputStream in = open(ENROLMENT_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the sample hub's applications for primary Development in 2019/20.
   *
   * @return the applications, not null
   */
  public static Applications applications() {
    try (InputStream in = open(APPLICATIONS_RESOURCE)) {
      return ApplicationsReader.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a bundled resource; the caller closes the stream.
   *
   * @param resource {@link #REGISTER_RESOURCE}, {@link #ENROLMENT_RESOURCE} or {@link
   *     #APPLICATIONS_RESOURCE}, not null
   * @return the resource's bytes, not null
   * @throws IllegalArgumentException if there is no such resource
   */
  public static InputStream open(String resource) {
    InputStream in = SampleHub.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no bundled resource " + resource);
    }
    return in;
  }

  /** Reads the samples once, when first asked for. */
  private static final class Holder {
    static final SchoolRegister REGISTER = readRegister();
    static final Enrolment ENROLMENT = readEnrolment();

    private static SchoolRegister readRegister() {
      try (InputStream in = open(REGISTER_RESOURCE)) {
        return GiasRegisterReader.standard().strict().read(in).register();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Enrolment readEnrolment() {
      try (InputStream in = open(ENROLMENT_RESOURCE)) {
        return EnrolmentReader.standard().read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
