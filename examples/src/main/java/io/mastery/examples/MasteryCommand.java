package io.mastery.examples;

import io.mastery.io.NearestName;
import io.mastery.io.UntrustedText;
import io.mastery.io.gias.GiasFormatException;
import io.mastery.io.gias.GiasImport;
import io.mastery.io.gias.GiasLinksImport;
import io.mastery.io.gias.GiasLinksReader;
import io.mastery.io.gias.GiasRegisterReader;
import io.mastery.io.gias.RowProblem;
import io.mastery.io.json.ApplicationsReader;
import io.mastery.io.json.ApplicationsWriter;
import io.mastery.io.json.DecisionSources;
import io.mastery.io.json.DecisionWriter;
import io.mastery.io.json.EnrolmentFormatException;
import io.mastery.io.json.EnrolmentReader;
import io.mastery.io.sample.SampleHub;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.EditionFormatException;
import io.mastery.model.policy.PolicyEditions;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.planning.Applications;
import io.mastery.rules.planning.Plan;
import io.mastery.rules.planning.WorkGroupPlanner;
import io.mastery.rules.result.Decision;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code mastery} command line (CONTRACT.md §4).
 *
 * <pre>
 * mastery                     validate the bundled sample hub and print the report (as demo)
 * mastery demo [-f text|json]
 * mastery validate ENROLMENTS.json|- [-s GIAS.csv|-] [--links LINKS.csv] [--editions TABLES]
 *                  [-f text|json]
 * mastery overview [YEAR]     the programme in a year: edition, calendar, phases, cohorts
 * mastery plan APPLICATIONS.json|- [-s GIAS.csv|-] [--seed N] [-f text|json] [--svg FILE]
 * mastery reach [-f text|json] [--cohorts FILE|-]
 * mastery completion          a bash and zsh completion script
 * mastery help [COMMAND], mastery --help, mastery --version
 * </pre>
 *
 * <p>Exit status: 0 valid (and always for {@code demo}, {@code overview}, {@code --help} and
 * {@code --version}; for {@code plan} and {@code reach}, the plan or the projection made); 1 the input was read but the decision has at least one error; 2 bad input,
 * an unreadable file, a file that is not a regular file (a device such as {@code /dev/zero}, a
 * named pipe), a command line that cannot be run, or output that cannot be written (a full disk,
 * {@code > /dev/full}), with one line starting {@code mastery: } on standard error and no stack
 * trace; 3 an internal error (the rule engine failed, the memory ran out, any failure the command
 * did not expect), one line too, with the stack trace after it only when {@code --debug} is given.
 * The demo exits 0 although its sample has errors: it is a demonstration, and {@code validate} on
 * the same file exits 1.
 *
 * <p>Nothing is lost or half-written: standard output is composed in memory and written whole only
 * when the command succeeds (status 0 or 1), then checked; a command that fails writes nothing on
 * standard output. Every line on standard error and of the text report shows control and
 * bidirectional characters escaped ({@link io.mastery.io.UntrustedText}), so that no hub name,
 * school name or rejected value can forge a line; the report is formatted in UK English whatever
 * the machine's locale, and {@link #main} writes UTF-8 whatever the platform's charset.
 *
 * <p>Without {@code --schools} the bundled sample register is used, and the command says so on
 * standard error, in the report and in the decision JSON ({@code register.source}). A GIAS file
 * is read leniently: a row it cannot use is reported on standard error as a warning, and the rest
 * is used. With {@code --format json} standard output holds only the decision's JSON. A misspelt
 * option or subcommand is answered with the nearest known one ("did you mean --schools?").
 *
 * <p>{@code --links} reads the DfE's links between URNs strictly: its first unusable row is bad
 * input, one line naming the file, line, column and value, since a link left out would let a
 * converter academy repeat Development unseen. {@code --editions} reads a hub's edition tables
 * over the standard ones ({@link PolicyEditions#standardWith}); a bad table is bad input, one line
 * naming the file, line, field and value. Both are recorded in the decision JSON's sources.
 *
 * <p>The options are parsed by picocli, its model built in code ({@code Commands}); the logic is in
 * {@link #run(String...)}, with its streams given, so that it can be tested in the same process;
 * {@link #main} only exits with its status.
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

  /** How the bundled sample register is named to readers. */
  static final String SAMPLE_REGISTER = "the bundled sample register";

  /** How standard input is named to readers. */
  static final String STANDARD_INPUT = "standard input";

  static final String USAGE =
      String.join(
          "\n",
          "Usage:",
          "  mastery                     validate the bundled sample hub and print the report",
          "  mastery demo [--format text|json]",
          "                              the same, by name",
          "  mastery validate ENROLMENTS.json [--schools GIAS.csv] [--format text|json]",
          "                   [--links LINKS.csv] [--editions TABLES]",
          "                              validate a hub's enrolment file against the DfE's",
          "                              register (GIAS extract, Latin-1 or UTF-8); without",
          "                              --schools the bundled sample register is used, and",
          "                              said so; - reads a file from standard input",
          "  mastery overview [YEAR]     the programme in an academic year such as 2019/20",
          "  mastery plan APPLICATIONS.json [--schools GIAS.csv] [--seed N]",
          "               [--format text|json] [--svg FILE]",
          "                              form Work Groups from a hub's applications; json:",
          "                              the plan as an enrolment file, teachers left empty",
          "  mastery reach [--format text|json] [--cohorts FILE]",
          "                              the reach model beside the published figures, or",
          "                              projected from a CSV of cohorts",
          "  mastery completion          a bash and zsh completion script:",
          "                              source <(mastery completion)",
          "  mastery help [COMMAND]      this help, or a command's own",
          "",
          "Options:",
          "  -s, --schools GIAS.csv      the DfE's register (edubasealldata*.csv)",
          "      --links LINKS.csv       the DfE's links between URNs (links_edubasealldata",
          "                              *.csv): a school's history includes its",
          "                              predecessors'",
          "      --editions TABLES       a hub's edition tables (a directory, or one table",
          "                              file) over the standard editions: its rows replace",
          "                              the standard rows with the same key, others are",
          "                              added",
          "      --as-of DATE            validate: judge the delivery log only for the",
          "                              half-terms ended by that day, such as 2020-01-06",
          "  -f, --format text|json      a readable report (the default) or the decision JSON",
          "  -h, --help                  this help; mastery validate --help for validate's",
          "  -V, --version               the version",
          "      --debug                 with any command: show the stack trace of an",
          "                              internal error",
          "      --seed N                plan: the same seed always gives the same plan",
          "      --svg FILE              plan: also write a map of the groups",
          "      --cohorts FILE          reach: academicYear,specialists a year, from 2015/16",
          "",
          "Exit status: 0 valid (plan, reach: done); 1 valid input with at least one ERROR;",
          "2 bad input, an unreadable file or output that cannot be written; 3 internal",
          "error (one line on standard error for 2 and 3). The demo exits 0 although its",
          "sample has errors: it is a demonstration; validate on the same file exits 1.",
          "");

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream err;
  private final Evaluator evaluator;

  /** Standard output of the run under way, composed in memory; written whole on success. */
  private PrintStream out;

  /**
   * Creates a command that judges with the standard rulebook; its standard input is empty.
   *
   * @param out standard output, not null
   * @param err standard error, not null
   */
  public MasteryCommand(PrintStream out, PrintStream err) {
    this(out, err, Evaluator.standard());
  }

  /**
   * Creates a command that judges with the given evaluator; its standard input is empty.
   *
   * @param out standard output, not null
   * @param err standard error, not null
   * @param evaluator the rule engine to judge with, not null
   */
  public MasteryCommand(PrintStream out, PrintStream err, Evaluator evaluator) {
    this(new ByteArrayInputStream(new byte[0]), out, err, evaluator);
  }

  /**
   * Creates a command that reads {@code -} from the given standard input.
   *
   * @param in standard input, read for a file named {@code -}, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param evaluator the rule engine to judge with, not null
   */
  public MasteryCommand(InputStream in, PrintStream out, PrintStream err, Evaluator evaluator) {
    this.stdin = Objects.requireNonNull(in, "in");
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
    InputStream in = new FileInputStream(FileDescriptor.in);
    if (judges(args)) {
      warmUp();
    }
    Evaluator standard = (enrolment, register) -> Rulebook.standard().evaluate(enrolment, register);
    System.exit(new MasteryCommand(in, out, err, standard).run(args));
  }

  /** Checks whether a command line judges a year: it names no command, or demo, validate or plan. */
  static boolean judges(String... args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg.equals(Commands.DEMO) || arg.equals(Commands.VALIDATE) || arg.equals(Commands.PLAN);
      }
      if (!arg.equals(Commands.DEBUG)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sets up the standard rulebook and its editions on a second thread while the main thread reads
   * the files to judge, so that the two halves of a cold start share the machine's cores. The main
   * thread's first use of the rulebook waits for it; should the set-up fail, that use fails the
   * same way and is reported there.
   */
  private static void warmUp() {
    Thread thread =
        new Thread(
            () -> {
              try {
                Rulebook.standard();
              } catch (RuntimeException | Error e) {
                // reported by the main thread's own use of the rulebook
              }
            },
            "mastery-set-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** Opens a standard stream in UTF-8, whatever the platform's charset ({@code LC_ALL=C}). */
  static PrintStream utf8(FileDescriptor descriptor) {
    return new PrintStream(
        new BufferedOutputStream(new FileOutputStream(descriptor), 64 * 1024),
        false,
        StandardCharsets.UTF_8);
  }

  /**
   * Returns the version of this command, such as {@code 0.1.0}.
   *
   * @return the version, not null
   */
  public static String version() {
    try (InputStream in = MasteryCommand.class.getResourceAsStream("version.txt")) {
      return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "unknown";
    }
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
    boolean debug = all.contains(Commands.DEBUG);
    List<String> list = new ArrayList<>(all);
    list.removeIf(Commands.DEBUG::equals);
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
    stdout.flush();
    if (stdout.checkError()) {
      throw new Failure(
          "cannot write to standard output (is the disk full, or the output closed?); the output"
              + " is incomplete");
    }
    return status;
  }

  private void internalError(
      @Nullable String message, @Nullable Throwable cause, boolean debug) {
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
    if (list.isEmpty() || list.equals(List.of(Commands.DEMO))) {
      // the main job: no command line to parse, nothing set up that the demo does not need
      return demo(false);
    }
    return parsed(list);
  }

  /** Parses the command line with picocli, set up only for a command line to parse. */
  private int parsed(List<String> list) {
    CommandLine line = Commands.build("mastery " + version());
    ParseResult top;
    try {
      top = line.parseArgs(list.toArray(new String[0]));
    } catch (CommandLine.ParameterException e) {
      throw new Failure(explain(e));
    }
    if (top.isUsageHelpRequested()) {
      out.print(USAGE);
      return EXIT_VALID;
    }
    if (top.isVersionHelpRequested()) {
      out.println("mastery " + version());
      return EXIT_VALID;
    }
    ParseResult sub = top.subcommand();
    if (sub == null) {
      return demo(false);
    }
    String command = sub.commandSpec().name();
    if (sub.isUsageHelpRequested()) {
      out.print(sub.commandSpec().commandLine().getUsageMessage());
      return EXIT_VALID;
    }
    if (sub.isVersionHelpRequested()) {
      out.println("mastery " + version());
      return EXIT_VALID;
    }
    switch (command) {
      case Commands.DEMO:
        return demo(json(sub));
      case Commands.VALIDATE:
        return validate(sub);
      case Commands.OVERVIEW:
        return overview(sub.<String>matchedPositionalValue(0, null));
      case Commands.PLAN:
        return plan(sub);
      case Commands.REACH:
        return reach(sub);
      case Commands.COMPLETION:
        out.print(picocli.AutoComplete.bash("mastery", line));
        return EXIT_VALID;
      default:
        return help(line, sub.<String>matchedPositionalValue(0, null));
    }
  }

  private int help(CommandLine line, @Nullable String command) {
    if (command == null) {
      out.print(USAGE);
      return EXIT_VALID;
    }
    CommandLine sub = line.getSubcommands().get(command);
    if (sub == null) {
      throw new Failure(unknownCommand(command, line));
    }
    out.print(sub.getUsageMessage());
    return EXIT_VALID;
  }

  /** Says in one line what is wrong with the command line, and what was probably meant. */
  private static String explain(CommandLine.ParameterException e) {
    CommandLine where = e.getCommandLine();
    String command = where.getCommandName();
    boolean top = where.getParent() == null;
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      List<String> unmatched = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
      String arg = unmatched.isEmpty() ? "" : unmatched.get(0);
      if (arg.startsWith("-") && !arg.equals("-")) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        List<String> names = new ArrayList<>();
        for (OptionSpec option : where.getCommandSpec().options()) {
          names.addAll(Arrays.asList(option.names()));
        }
        return "unknown option \""
            + arg
            + "\""
            + (top ? "" : " for " + command)
            + NearestName.among(name, names)
                .map(n -> "; did you mean " + n + "?")
                .orElse(top ? "; run mastery --help for usage" : "");
      }
      if (top) {
        return unknownCommand(arg, where);
      }
      return "unexpected argument \"" + arg + "\" for " + command;
    }
    if (e instanceof CommandLine.MissingParameterException) {
      List<ArgSpec> missing = ((CommandLine.MissingParameterException) e).getMissing();
      if (!missing.isEmpty() && missing.get(0).isOption()) {
        return "option " + ((OptionSpec) missing.get(0)).longestName() + " needs a value";
      }
      if (command.equals(Commands.PLAN)) {
        return "plan needs an applications file: mastery plan APPLICATIONS.json [--schools"
            + " GIAS.csv] [--seed N] [--format text|json] [--svg FILE]";
      }
      if (command.equals(Commands.VALIDATE)) {
        return "validate needs an enrolment file: mastery validate ENROLMENTS.json [--schools"
            + " GIAS.csv] [--format text|json]";
      }
      return String.valueOf(e.getMessage());
    }
    if (e instanceof CommandLine.OverwrittenOptionException) {
      ArgSpec twice = ((CommandLine.OverwrittenOptionException) e).getOverwritten();
      String name = twice.isOption() ? ((OptionSpec) twice).longestName() : twice.paramLabel();
      return "option " + name + " is given twice";
    }
    return String.valueOf(e.getMessage());
  }

  private static String unknownCommand(String command, CommandLine line) {
    return "unknown command \""
        + command
        + "\""
        + NearestName.among(command, line.getSubcommands().keySet())
            .map(n -> "; did you mean " + n + "?")
            .orElse("; run mastery --help for usage");
  }

  /** Returns whether the command's format is JSON, checking the value given. */
  private static boolean json(ParseResult command) {
    if (!command.hasMatchedOption(Commands.FORMAT)) {
      return false;
    }
    String format = command.matchedOptionValue(Commands.FORMAT, "");
    if (format.isEmpty()) {
      throw new Failure("option --format needs a value");
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new Failure(
          "option --format must be text or json: \""
              + format
              + "\""
              + NearestName.among(format, List.of("text", "json"))
                  .map(n -> "; did you mean " + n + "?")
                  .orElse(""));
    }
    return format.equals("json");
  }

  private int demo(boolean json) {
    Enrolment enrolment = SampleHub.enrolment();
    SchoolRegister register = SampleHub.register();
    if (!json) {
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
        new Register(register, SAMPLE_REGISTER, DecisionSources.BUNDLED_SAMPLE, register.size(), 0),
        List.of(),
        json,
        PolicyEditions.standard(),
        null);
    return EXIT_VALID;
  }

  private int validate(ParseResult command) {
    boolean json = json(command);
    String enrolmentFile = command.matchedPositionalValue(0, "");
    String schools = command.matchedOptionValue(Commands.SCHOOLS, (String) null);
    if (schools != null && schools.isEmpty()) {
      throw new Failure("option --schools needs a value");
    }
    if ("-".equals(enrolmentFile) && "-".equals(schools)) {
      throw new Failure(
          "the enrolment and the register cannot both come from standard input (-); give one of"
              + " them as a file");
    }
    String linksFile = fileOption(command, Commands.LINKS);
    String editionsFile = fileOption(command, Commands.EDITIONS);
    boolean fromStdin = enrolmentFile.equals("-");
    String enrolmentName = fromStdin ? STANDARD_INPUT : enrolmentFile;
    PolicyEditions editions =
        editionsFile == null ? PolicyEditions.standard() : readEditions(editionsFile);
    Enrolment enrolment = readEnrolment(enrolmentFile);
    Register register;
    List<String> notes = new ArrayList<>();
    String asOf = command.matchedOptionValue(Commands.AS_OF, (String) null);
    if (asOf != null) {
      LocalDate day;
      try {
        day = LocalDate.parse(asOf, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (java.time.format.DateTimeParseException e) {
        throw new Failure(
            "option --as-of needs a day written year-month-day, such as 2020-01-06: \""
                + asOf
                + "\"");
      }
      if (enrolment.delivery().isPresent()) {
        enrolment = enrolment.withDelivery(enrolment.delivery().get().withAsOf(day));
      } else {
        notes.add(
            "--as-of "
                + day
                + " given, but the enrolment file has no delivery section: nothing about delivery"
                + " is judged");
      }
    }
    if (schools == null) {
      SchoolRegister sample = SampleHub.register();
      register =
          new Register(sample, SAMPLE_REGISTER, DecisionSources.BUNDLED_SAMPLE, sample.size(), 0);
      String note =
          "no --schools given: judged against the bundled sample register ("
              + sample.size()
              + " establishments), not the DfE's; a school missing from it is school.unknown."
              + " Give --schools GIAS.csv to judge against the DfE's register";
      notes.add(note);
    } else {
      register = readRegister(schools);
    }
    if (linksFile != null) {
      GiasLinksImport links = readLinks(linksFile);
      register = register.withLinks(links, linksFile);
    }
    Decision decision =
        judge(enrolment, enrolmentName, register, notes, json, editions, editionsFile);
    return decision.isValid() ? EXIT_VALID : EXIT_INVALID;
  }

  private int plan(ParseResult command) {
    boolean json = json(command);
    String applicationsFile = command.matchedPositionalValue(0, "");
    String schools = command.matchedOptionValue(Commands.SCHOOLS, (String) null);
    if (schools != null && schools.isEmpty()) {
      throw new Failure("option --schools needs a value");
    }
    if ("-".equals(applicationsFile) && "-".equals(schools)) {
      throw new Failure(
          "the applications and the register cannot both come from standard input (-); give one"
              + " of them as a file");
    }
    long seed = seed(command);
    String svg = command.matchedOptionValue(Commands.SVG, (String) null);
    @Nullable Path map = svg == null ? null : mapFile(svg);
    Applications applications = readApplications(applicationsFile);
    String shown = applicationsFile.equals("-") ? STANDARD_INPUT : applicationsFile;
    if (PolicyEditions.standard().find(applications.year()).isEmpty()) {
      throw new Failure(shown + ": academicYear: " + noEdition(applications.year(), PolicyEditions.standard()));
    }
    Register register;
    List<String> notes = new ArrayList<>();
    if (schools == null) {
      SchoolRegister sample = SampleHub.register();
      register =
          new Register(sample, SAMPLE_REGISTER, DecisionSources.BUNDLED_SAMPLE, sample.size(), 0);
      notes.add(
          "no --schools given: planned with the bundled sample register ("
              + sample.size()
              + " establishments), not the DfE's; a school missing from it is left out as"
              + " school.unknown. Give --schools GIAS.csv to plan with the DfE's register");
    } else {
      register = readRegister(schools);
    }
    Plan plan;
    try {
      plan = WorkGroupPlanner.standard().withSeed(seed).plan(applications, register.schools);
    } catch (RuntimeException e) {
      throw new Internal("the planner could not plan the applications: " + describe(e), e);
    }
    if (json) {
      out.print(ApplicationsWriter.standard().planToJson(plan));
    } else {
      new PlanReport(plan, register.schools, register.name, seed, notes).print(out);
    }
    if (map != null) {
      writeAtomically(map, PlanMap.svg(plan, register.schools));
    }
    for (String note : notes) {
      say("mastery: note: " + note);
    }
    return EXIT_VALID;
  }

  private static long seed(ParseResult command) {
    String text = command.matchedOptionValue(Commands.SEED, (String) null);
    if (text == null) {
      return 0L;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new Failure("option --seed must be a whole number: \"" + text + "\"");
    }
  }

  /** Checks where the map is to be written before anything is planned. */
  private static Path mapFile(String name) {
    if (name.isEmpty()) {
      throw new Failure("option --svg needs a value");
    }
    if (name.equals("-")) {
      throw new Failure(
          "option --svg needs a file name; the map is not written on standard output, which holds"
              + " the plan");
    }
    Path file;
    try {
      file = Path.of(name).toAbsolutePath();
    } catch (java.nio.file.InvalidPathException e) {
      throw new Failure("cannot write the map to \"" + name + "\": not a file name");
    }
    if (Files.isDirectory(file)) {
      throw new Failure("cannot write the map to " + name + ": it is a directory");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new Failure(
          "cannot write the map to " + name + ": not a regular file (a device, named pipe or"
              + " socket); give a file");
    }
    Path parent = file.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new Failure("cannot write the map to " + name + ": no such directory");
    }
    return file;
  }

  /**
   * Writes a file whole or not at all: into a new file beside it, then moved over it in one step,
   * so that a reader never sees half a map and a failure leaves any earlier file as it was.
   */
  private static void writeAtomically(Path file, String content) {
    Path parent = Objects.requireNonNull(file.getParent(), "parent");
    Path partial = null;
    try {
      partial =
          parent.resolve(
              "."
                  + file.getFileName()
                  + "."
                  + Long.toHexString(new java.security.SecureRandom().nextLong())
                  + ".partial");
      // created new, with the permissions of any file the user creates (not a private temp file)
      Files.writeString(
          partial, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
      try {
        Files.move(
            partial,
            file,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      partial = null;
    } catch (IOException e) {
      throw new Failure("cannot write the map to " + file + ": " + describe(e));
    } finally {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException e) {
          // the partial file stays; the failure above is what the user is told
        }
      }
    }
  }

  private Applications readApplications(String name) {
    boolean fromStdin = name.equals("-");
    String shown = fromStdin ? STANDARD_INPUT : name;
    try (InputStream in = fromStdin ? unclosed(stdin) : open(Path.of(name), "applications file")) {
      return ApplicationsReader.standard().read(in);
    } catch (EnrolmentFormatException e) {
      String message = String.valueOf(e.getMessage());
      String hint = "";
      if (message.contains("workGroups")) {
        hint = "; is it an enrolment file? mastery plan reads an applications file (CONTRACT.md"
            + " section 6); mastery validate reads an enrolment";
      } else if (message.contains("not valid JSON") && message.contains("URN")) {
        hint = "; did you mean --schools? A GIAS register is given as --schools GIAS.csv, after"
            + " the applications JSON";
      }
      throw new Failure(shown + ": " + message + hint);
    } catch (IOException e) {
      throw new Failure("cannot read applications file " + shown + ": " + describe(e));
    }
  }

  private int reach(ParseResult command) {
    boolean json = json(command);
    String cohorts = command.matchedOptionValue(Commands.COHORTS, (String) null);
    ReachReport report = ReachReport.calibrated();
    if (cohorts == null) {
      if (json) {
        out.print(report.calibrationJson());
      } else {
        report.printCalibration(out);
      }
      return EXIT_VALID;
    }
    if (cohorts.isEmpty()) {
      throw new Failure("option --cohorts needs a value");
    }
    boolean fromStdin = cohorts.equals("-");
    String shown = fromStdin ? STANDARD_INPUT : cohorts;
    CohortsFile.Cohorts read;
    try (InputStream in = fromStdin ? unclosed(stdin) : open(Path.of(cohorts), "cohorts file")) {
      read = CohortsFile.read(in);
    } catch (CohortsFile.BadCohorts e) {
      throw new Failure(shown + ": " + e.getMessage());
    } catch (IOException e) {
      throw new Failure("cannot read cohorts file " + shown + ": " + describe(e));
    }
    List<io.mastery.rules.reach.ProjectedYear> years;
    try {
      years = report.calibration().model().project(read.sizes(), read.lastYear());
    } catch (IllegalArgumentException e) {
      throw new Failure(shown + ": " + e.getMessage());
    }
    if (json) {
      out.print(report.projectionJson(shown, read.published(), years));
    } else {
      report.printProjection(out, shown, read.published(), years);
    }
    return EXIT_VALID;
  }

  /** Returns the value of a file option, or null if not given; standard input is not taken. */
  private static @Nullable String fileOption(ParseResult command, String option) {
    String value = command.matchedOptionValue(option, (String) null);
    if (value != null && value.isEmpty()) {
      throw new Failure("option " + option + " needs a value");
    }
    if ("-".equals(value)) {
      throw new Failure(
          "option " + option + " takes a file, not standard input (-); give the file's name");
    }
    return value;
  }

  private static PolicyEditions readEditions(String name) {
    try {
      return PolicyEditions.standardWith(Path.of(name));
    } catch (EditionFormatException e) {
      throw new Failure("edition tables " + e.getMessage());
    } catch (IOException e) {
      throw new Failure("cannot read edition tables " + name + ": " + describe(e));
    } catch (IllegalArgumentException e) {
      throw new Failure("edition tables " + name + ": " + e.getMessage());
    }
  }

  private static GiasLinksImport readLinks(String name) {
    try (InputStream in = open(Path.of(name), "GIAS links file")) {
      return GiasLinksReader.standard().strict().read(in);
    } catch (GiasFormatException e) {
      throw new Failure(name + ": " + e.getMessage());
    } catch (IOException e) {
      throw new Failure("cannot read GIAS links file " + name + ": " + describe(e));
    }
  }

  private int overview(@Nullable String yearText) {
    if (yearText != null && yearText.startsWith("-")) {
      throw new Failure("unknown option \"" + yearText + "\" for overview");
    }
    AcademicYear year;
    try {
      year =
          yearText == null
              ? AcademicYear.containing(LocalDate.now(ENGLAND))
              : AcademicYear.parse(yearText);
    } catch (IllegalArgumentException e) {
      throw new Failure(String.valueOf(e.getMessage()));
    }
    if (PolicyEditions.standard().find(year).isEmpty()) {
      throw new Failure(noEdition(year, PolicyEditions.standard()));
    }
    ProgrammeOverview.print(year, out);
    return EXIT_VALID;
  }

  private Decision judge(
      Enrolment enrolment,
      String enrolmentName,
      Register register,
      List<String> notes,
      boolean json,
      PolicyEditions editions,
      @Nullable String editionsFile) {
    Optional<ProgrammePolicy> edition = editions.find(enrolment.academicYear());
    if (edition.isEmpty()) {
      throw new Failure(
          enrolmentName + ": academicYear: " + noEdition(enrolment.academicYear(), editions));
    }
    Decision decision;
    try {
      decision =
          editionsFile == null
              ? evaluator.evaluate(enrolment, register.schools)
              : evaluator.evaluate(enrolment, register.schools, edition.get());
    } catch (RuntimeException e) {
      throw new Internal("the rule engine could not judge the enrolment: " + describe(e), e);
    }
    if (json) {
      DecisionSources sources =
          DecisionSources.of(register.source, register.rowsRead, register.rowsUnusable, editions);
      if (register.links != null) {
        sources =
            sources.withLinks(register.links, register.linkRowsRead, register.linkRowsUnusable);
      }
      if (editionsFile != null) {
        sources = sources.withEditionsFile(editionsFile);
      }
      try {
        DecisionWriter.standard().write(decision, sources, out);
      } catch (IOException e) {
        throw new Failure("cannot write the decision: " + describe(e));
      }
    } else {
      new DecisionReport(
              enrolment, register.schools, register.name, edition.get(), decision, notes)
          .print(out);
    }
    for (String note : notes) {
      say("mastery: note: " + note);
    }
    return decision;
  }

  private static String noEdition(AcademicYear year, PolicyEditions editions) {
    return "no policy edition is in force for "
        + year
        + "; the earliest edition is in force from "
        + editions.editions().get(0).inForceFrom();
  }

  private Enrolment readEnrolment(String name) {
    boolean fromStdin = name.equals("-");
    String shown = fromStdin ? STANDARD_INPUT : name;
    try (InputStream in = fromStdin ? unclosed(stdin) : open(Path.of(name), "enrolment file")) {
      return EnrolmentReader.standard().read(in);
    } catch (EnrolmentFormatException e) {
      String message = String.valueOf(e.getMessage());
      String hint = "";
      if (message.contains("looks like a CSV file")) {
        hint = "; did you mean --schools? A GIAS register is given as --schools GIAS.csv, after"
            + " the enrolment JSON";
      } else if (message.contains("not in UTF-8") && !message.contains("overlong")) {
        hint = "; save the enrolment as UTF-8 (the contract's encoding) and run again";
      }
      throw new Failure(shown + ": " + message + hint);
    } catch (IOException e) {
      throw new Failure("cannot read enrolment file " + shown + ": " + describe(e));
    }
  }

  private Register readRegister(String name) {
    boolean fromStdin = name.equals("-");
    String shown = fromStdin ? STANDARD_INPUT : name;
    GiasImport gias;
    try (InputStream in = fromStdin ? unclosed(stdin) : open(Path.of(name), "GIAS file")) {
      gias = GiasRegisterReader.standard().read(in);
    } catch (GiasFormatException e) {
      String message = String.valueOf(e.getMessage());
      String hint =
          message.contains("looks like JSON")
              ? "; is it the enrolment? The enrolment JSON comes first: mastery validate"
                  + " ENROLMENTS.json --schools GIAS.csv"
              : "";
      throw new Failure(shown + ": " + message + hint);
    } catch (IOException e) {
      throw new Failure("cannot read GIAS file " + shown + ": " + describe(e));
    }
    for (String warning : gias.warnings()) {
      say("mastery: warning: " + shown + ": " + warning);
    }
    List<RowProblem> problems = gias.problems();
    for (int i = 0; i < Math.min(problems.size(), ROW_PROBLEMS_SHOWN); i++) {
      RowProblem problem = problems.get(i);
      say(
          "mastery: warning: "
              + shown
              + " "
              + problem
              + (problem.rowSkipped() ? "; row skipped" : "; field left empty, school kept"));
    }
    long more = problems.size() + gias.problemsNotKept() - ROW_PROBLEMS_SHOWN;
    if (more > 0) {
      say(
          "mastery: warning: "
              + shown
              + ": "
              + more
              + " more problems; "
              + gias.rowsSkipped()
              + " of "
              + gias.rowsRead()
              + " rows skipped in all");
    }
    return new Register(gias.register(), shown, shown, gias.rowsRead(), gias.rowsSkipped());
  }

  /** Standard input, left open when the reader is done with it. */
  private static InputStream unclosed(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // standard input belongs to the caller
      }
    };
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

  /** The register judged against, with how it is named and what was read of it. */
  private static final class Register {
    final SchoolRegister schools;
    final String name;
    final String source;
    final long rowsRead;
    final long rowsUnusable;
    final @Nullable String links;
    final long linkRowsRead;
    final long linkRowsUnusable;

    Register(SchoolRegister schools, String name, String source, long rowsRead, long rowsUnusable) {
      this(schools, name, source, rowsRead, rowsUnusable, null, 0, 0);
    }

    private Register(
        SchoolRegister schools,
        String name,
        String source,
        long rowsRead,
        long rowsUnusable,
        @Nullable String links,
        long linkRowsRead,
        long linkRowsUnusable) {
      this.schools = schools;
      this.name = name;
      this.source = source;
      this.rowsRead = rowsRead;
      this.rowsUnusable = rowsUnusable;
      this.links = links;
      this.linkRowsRead = linkRowsRead;
      this.linkRowsUnusable = linkRowsUnusable;
    }

    /** Returns this register with the links read, named as given. */
    Register withLinks(GiasLinksImport read, String file) {
      return new Register(
          schools.withLinks(read.links()),
          name,
          source,
          rowsRead,
          rowsUnusable,
          file,
          read.rowsRead(),
          read.rowsSkipped());
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
