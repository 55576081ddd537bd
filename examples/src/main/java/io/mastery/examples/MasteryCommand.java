package io.mastery.examples;

import io.mastery.io.gias.GiasFormatException;
import io.mastery.io.gias.GiasImport;
import io.mastery.io.gias.GiasRegisterReader;
import io.mastery.io.gias.RowProblem;
import io.mastery.io.json.DecisionWriter;
import io.mastery.io.json.EnrolmentFormatException;
import io.mastery.io.json.EnrolmentReader;
import io.mastery.io.sample.SampleHub;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.PolicyEditions;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.result.Decision;
import io.mastery.io.UntrustedText;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code mastery} command line (CONTRACT.md §4).
 *
 * <pre>
 * mastery                     validate the bundled sample hub and print the report (as demo)
 * mastery demo [--format text|json]
 * mastery validate ENROLMENTS.json [--schools GIAS.csv] [--format text|json]
 * mastery overview [YEAR]     the programme in a year: edition, calendar, phases, cohorts
 * mastery --help
 * </pre>
 *
 * <p>Exit status: 0 valid (and always for {@code demo}, {@code overview} and {@code --help}); 1 the
 * input was read but the decision has at least one error; 2 bad input, an unreadable file, a file
 * that is not a regular file (a device such as {@code /dev/zero}, a named pipe), a command line
 * that cannot be run, or output that cannot be written (a full disk, {@code > /dev/full}), with one
 * line starting {@code mastery: } on standard error and no stack trace; 3 an internal error (the
 * rule engine failed, the memory ran out, any failure the command did not expect), one line too,
 * with the stack trace after it only when {@code --debug} is given. The demo exits 0 although its
 * sample has errors: it is a demonstration, and {@code validate} on the same file exits 1.
 *
 * <p>Nothing is lost or half-written: standard output is composed in memory and written whole only
 * when the command succeeds (status 0 or 1), then checked; a command that fails writes nothing on
 * standard output. Every line on standard error and of the text report shows control and
 * bidirectional characters escaped ({@link io.mastery.io.UntrustedText}), so that no hub name,
 * school name or rejected value can forge a line; the report is formatted in UK English whatever
 * the machine's locale, and {@link #main} writes UTF-8 whatever the platform's charset.
 *
 * <p>Without {@code --schools} the bundled sample register is used. A GIAS file is read leniently:
 * a row it cannot use is reported on standard error as a warning, and the rest is used. With {@code
 * --format json} standard output holds only the decision's JSON.
 *
 * <p>The logic is in {@link #run(String...)}, with its output streams given, so that it can be
 * tested in the same process; {@link #main} only exits with its status.
 */
public final class MasteryCommand {

  /** Schools in England keep English time: "today" for the default year is today in London. */
  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");


  /** Exit status: the enrolment is valid, or the command only informs. */
  public static final int EXIT_VALID = 0;

  /** Exit status: the input was read, and the decision has at least one error. */
  public static final int EXIT_INVALID = 1;

  /**
   * Exit status: bad input, an unreadable or irregular file, a command line that cannot be run, or
   * output that cannot be written.
   */
  public static final int EXIT_BAD_INPUT = 2;

  /** Exit status: an internal error, such as a failing rule engine or memory run out. */
  public static final int EXIT_INTERNAL_ERROR = 3;

  /** How many unusable register rows are shown before they are only counted. */
  static final int ROW_PROBLEMS_SHOWN = 10;

  static final String USAGE =
      String.join(
          "\n",
          "Usage:",
          "  mastery                     validate the bundled sample hub and print the report",
          "  mastery demo [--format text|json]",
          "                              the same, by name",
          "  mastery validate ENROLMENTS.json [--schools GIAS.csv] [--format text|json]",
          "                              validate a hub's enrolment file against the DfE's",
          "                              register (GIAS extract, Latin-1 or UTF-8); without",
          "                              --schools the bundled sample register is used",
          "  mastery overview [YEAR]     the programme in an academic year such as 2019/20",
          "  mastery --help              this help",
          "",
          "  --debug                     with any command: show the stack trace of an",
          "                              internal error",
          "",
          "Exit status: 0 valid; 1 valid input with at least one ERROR; 2 bad input, an",
          "unreadable file or output that cannot be written; 3 internal error (one line on",
          "standard error for 2 and 3). The demo exits 0 although its sample has errors: it is",
          "a demonstration; validate on the same file exits 1.",
          "");

  private final PrintStream stdout;
  private final PrintStream err;
  private final Evaluator evaluator;

  /** Standard output of the run under way, composed in memory; written whole on success. */
  private PrintStream out;

  /**
   * Creates a command that judges with the standard rulebook.
   *
   * @param out standard output, not null
   * @param err standard error, not null
   */
  public MasteryCommand(PrintStream out, PrintStream err) {
    this(out, err, Evaluator.standard());
  }

  /**
   * Creates a command that judges with the given evaluator.
   *
   * @param out standard output, not null
   * @param err standard error, not null
   * @param evaluator the rule engine to judge with, not null
   */
  public MasteryCommand(PrintStream out, PrintStream err, Evaluator evaluator) {
    this.stdout = Objects.requireNonNull(out, "out");
    this.out = stdout;
    this.err = Objects.requireNonNull(err, "err");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the arguments, see the class description
   */
  public static void main(String[] args) {
    PrintStream out = utf8(FileDescriptor.out);
    PrintStream err = utf8(FileDescriptor.err);
    System.exit(new MasteryCommand(out, err).run(args));
  }

  /** Opens a standard stream in UTF-8, whatever the platform's charset ({@code LC_ALL=C}). */
  static PrintStream utf8(FileDescriptor descriptor) {
    return new PrintStream(
        new BufferedOutputStream(new FileOutputStream(descriptor), 64 * 1024),
        false,
        StandardCharsets.UTF_8);
  }

  /**
   * Runs the command.
   *
   * @param args the arguments, see the class description, not null
   * @return the exit status: {@link #EXIT_VALID}, {@link #EXIT_INVALID}, {@link #EXIT_BAD_INPUT} or
   *     {@link #EXIT_INTERNAL_ERROR}
   */
  public int run(String... args) {
    List<String> all = Arrays.asList(args.clone());
    boolean debug = all.contains("--debug");
    List<String> list = new ArrayList<>(all);
    list.removeIf("--debug"::equals);
    int status;
    try {
      status = composed(list);
    } catch (Failure e) {
      say("mastery: " + e.getMessage());
      status = EXIT_BAD_INPUT;
    } catch (Internal e) {
      internalError(e.getMessage(), e.getCause(), debug);
      status = EXIT_INTERNAL_ERROR;
    } catch (RuntimeException | Error e) {
      internalError(describe(e), e, debug);
      status = EXIT_INTERNAL_ERROR;
    } finally {
      out = stdout;
    }
    err.flush();
    return status;
  }

  /**
   * Runs the command with its standard output composed in memory, then writes that output whole
   * and checks the write.
   */
  private int composed(List<String> list) {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    out = new PrintStream(page, false, StandardCharsets.UTF_8);
    int status = dispatch(list);
    out.flush();
    out = stdout;
    try {
      page.writeTo(stdout);
    } catch (IOException e) {
      // a PrintStream never throws; its error is checked below
    }
    page = null;
    if (stdout.checkError()) {
      throw new Failure(
          "cannot write to standard output (is the disk full, or the output closed?); the output"
              + " is incomplete");
    }
    return status;
  }

  private void internalError(
      @org.jspecify.annotations.Nullable String message,
      @org.jspecify.annotations.Nullable Throwable cause,
      boolean debug) {
    say(
        "mastery: internal error: "
            + message
            + (debug || cause == null ? "" : " (run again with --debug for the stack trace)"));
    if (debug && cause != null) {
      StringWriter trace = new StringWriter();
      cause.printStackTrace(new PrintWriter(trace));
      err.print(
          UntrustedText.escape(trace.toString())
              .replace("\\u000A", "\n")
              .replace("\\u0009", "\t"));
    }
  }

  /** Prints one line on standard error, its untrusted text escaped. */
  private void say(String line) {
    err.print(UntrustedText.escape(line) + "\n");
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private int dispatch(List<String> list) {
    if (list.contains("--help") || list.contains("-h")) {
      out.print(USAGE);
      return EXIT_VALID;
    }
    if (list.isEmpty()) {
      return demo(List.of());
    }
    String command = list.get(0);
    List<String> rest = list.subList(1, list.size());
    switch (command) {
      case "demo":
        return demo(rest);
      case "validate":
        return validate(rest);
      case "overview":
        return overview(rest);
      case "help":
        out.print(USAGE);
        return EXIT_VALID;
      default:
        throw new Failure(
            (command.startsWith("-") ? "unknown option \"" : "unknown command \"")
                + command
                + "\"; run mastery --help for usage");
    }
  }

  private int demo(List<String> args) {
    Options options = Options.parse("demo", args, false);
    if (!options.files.isEmpty()) {
      throw new Failure("unexpected argument \"" + options.files.get(0) + "\" for demo");
    }
    Enrolment enrolment = SampleHub.enrolment();
    SchoolRegister register = SampleHub.register();
    if (!options.json) {
      out.println(
          "mastery demo: the bundled sample hub, judged against the bundled sample register");
      out.printf(
          Locale.UK,
          "  enrolment: %s, %s, %d Work Groups; register: %d establishments%n",
          enrolment.hub().map(h -> h.name() + " (" + h.id() + ")").orElse("no hub"),
          enrolment.academicYear(),
          enrolment.workGroups().size(),
          register.size());
      out.println(
          "  WG-01 and WG-02 keep every rule; the other groups hold a mistake of every kind the"
              + " rules report.");
      out.println(
          "  Your own file: mastery validate ENROLMENTS.json [--schools GIAS.csv] [--format"
              + " json]");
      out.println();
    }
    judge(
        enrolment,
        "the bundled sample enrolment",
        register,
        "the bundled sample register",
        options.json);
    return EXIT_VALID;
  }

  private int validate(List<String> args) {
    Options options = Options.parse("validate", args, true);
    if (options.files.isEmpty()) {
      throw new Failure(
          "validate needs an enrolment file: mastery validate ENROLMENTS.json [--schools"
              + " GIAS.csv] [--format text|json]");
    }
    if (options.files.size() > 1) {
      throw new Failure("unexpected argument \"" + options.files.get(1) + "\" for validate");
    }
    Path file = Path.of(options.files.get(0));
    Enrolment enrolment = readEnrolment(file);
    SchoolRegister register;
    String registerName;
    if (options.schools == null) {
      register = SampleHub.register();
      registerName = "the bundled sample register";
    } else {
      register = readRegister(Path.of(options.schools));
      registerName = options.schools;
    }
    Decision decision = judge(enrolment, file.toString(), register, registerName, options.json);
    return decision.isValid() ? EXIT_VALID : EXIT_INVALID;
  }

  private int overview(List<String> args) {
    if (args.size() > 1) {
      throw new Failure("unexpected argument \"" + args.get(1) + "\" for overview");
    }
    if (!args.isEmpty() && args.get(0).startsWith("-")) {
      throw new Failure("unknown option \"" + args.get(0) + "\" for overview");
    }
    AcademicYear year;
    try {
      year =
          args.isEmpty()
              ? AcademicYear.containing(LocalDate.now(ENGLAND))
              : AcademicYear.parse(args.get(0));
    } catch (IllegalArgumentException e) {
      throw new Failure(String.valueOf(e.getMessage()));
    }
    if (PolicyEditions.standard().find(year).isEmpty()) {
      throw new Failure(noEdition(year));
    }
    ProgrammeOverview.print(year, out);
    return EXIT_VALID;
  }

  private Decision judge(
      Enrolment enrolment,
      String enrolmentName,
      SchoolRegister register,
      String registerName,
      boolean json) {
    Optional<ProgrammePolicy> edition = PolicyEditions.standard().find(enrolment.academicYear());
    if (edition.isEmpty()) {
      throw new Failure(enrolmentName + ": academicYear: " + noEdition(enrolment.academicYear()));
    }
    Decision decision;
    try {
      decision = evaluator.evaluate(enrolment, register);
    } catch (RuntimeException e) {
      throw new Internal("the rule engine could not judge the enrolment: " + describe(e), e);
    }
    if (json) {
      try {
        DecisionWriter.standard().write(decision, out);
      } catch (IOException e) {
        throw new Failure("cannot write the decision: " + describe(e));
      }
    } else {
      new DecisionReport(enrolment, register, registerName, edition.get(), decision).print(out);
    }
    return decision;
  }

  private static String noEdition(AcademicYear year) {
    return "no policy edition is in force for "
        + year
        + "; the earliest edition is in force from "
        + PolicyEditions.standard().editions().get(0).inForceFrom();
  }

  private static Enrolment readEnrolment(Path file) {
    try (InputStream in = open(file, "enrolment file")) {
      return EnrolmentReader.standard().read(in);
    } catch (EnrolmentFormatException e) {
      throw new Failure(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new Failure("cannot read enrolment file " + file + ": " + describe(e));
    }
  }

  private SchoolRegister readRegister(Path file) {
    GiasImport gias;
    try (InputStream in = open(file, "GIAS file")) {
      gias = GiasRegisterReader.standard().read(in);
    } catch (GiasFormatException e) {
      throw new Failure(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new Failure("cannot read GIAS file " + file + ": " + describe(e));
    }
    for (String warning : gias.warnings()) {
      say("mastery: warning: " + file + ": " + warning);
    }
    List<RowProblem> problems = gias.problems();
    for (int i = 0; i < Math.min(problems.size(), ROW_PROBLEMS_SHOWN); i++) {
      RowProblem problem = problems.get(i);
      say(
          "mastery: warning: "
              + file
              + " "
              + problem
              + (problem.rowSkipped() ? "; row skipped" : "; field left empty, school kept"));
    }
    long more = problems.size() + gias.problemsNotKept() - ROW_PROBLEMS_SHOWN;
    if (more > 0) {
      say(
          "mastery: warning: "
              + file
              + ": "
              + more
              + " more problems; "
              + gias.rowsSkipped()
              + " of "
              + gias.rowsRead()
              + " rows skipped in all");
    }
    return gias.register();
  }

  /** Opens a regular file; a directory, device or named pipe is refused before it is opened. */
  private static InputStream open(Path file, String what) throws IOException {
    if (Files.isDirectory(file)) {
      throw new Failure("cannot read " + what + " " + file + ": it is a directory");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new Failure(
          "cannot read "
              + what
              + " "
              + file
              + ": not a regular file (a device, named pipe or socket); give a file");
    }
    return Files.newInputStream(file);
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The options of demo and validate, and their other arguments. */
  private static final class Options {
    final List<String> files = new ArrayList<>();
    @org.jspecify.annotations.Nullable String schools;
    boolean json;

    static Options parse(String command, List<String> args, boolean schoolsAllowed) {
      Options options = new Options();
      String format = null;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        String name = arg;
        String value = null;
        int equals = arg.indexOf('=');
        if (arg.startsWith("--") && equals > 0) {
          name = arg.substring(0, equals);
          value = arg.substring(equals + 1);
        }
        if (name.equals("--format") || (schoolsAllowed && name.equals("--schools"))) {
          if (value == null) {
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
              throw new Failure("option " + name + " needs a value");
            }
            value = args.get(++i);
          }
          if (value.isEmpty()) {
            throw new Failure("option " + name + " needs a value");
          }
          if (name.equals("--format")) {
            if (format != null) {
              throw new Failure("option --format is given twice");
            }
            format = value;
          } else {
            if (options.schools != null) {
              throw new Failure("option --schools is given twice");
            }
            options.schools = value;
          }
        } else if (arg.startsWith("-") && !arg.equals("-")) {
          throw new Failure("unknown option \"" + arg + "\" for " + command);
        } else {
          options.files.add(arg);
        }
      }
      if (format != null && !format.equals("text") && !format.equals("json")) {
        throw new Failure("option --format must be text or json: \"" + format + "\"");
      }
      options.json = "json".equals(format);
      return options;
    }
  }

  /** An internal error, reported as one line on standard error with exit status 3. */
  private static final class Internal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Internal(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }

  /** A failure to run the command, reported as one line on standard error. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }
}
