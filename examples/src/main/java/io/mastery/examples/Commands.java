package io.mastery.examples;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code mastery} command's options and subcommands, built with picocli's programmatic API:
 * no annotation is read by reflection when the command starts.
 */
final class Commands {

  static final String DEMO = "demo";
  static final String VALIDATE = "validate";
  static final String OVERVIEW = "overview";
  static final String PLAN = "plan";
  static final String REACH = "reach";
  static final String HELP = "help";
  static final String COMPLETION = "completion";

  static final String FORMAT = "--format";
  static final String SCHOOLS = "--schools";
  static final String LINKS = "--links";
  static final String EDITIONS = "--editions";
  static final String DEBUG = "--debug";
  static final String SEED = "--seed";
  static final String SVG = "--svg";
  static final String COHORTS = "--cohorts";
  static final String AS_OF = "--as-of";

  private Commands() {}

  /** Builds the command line: the top command and its subcommands. */
  static CommandLine build(String version) {
    CommandSpec top = command("mastery", version);
    top.usageMessage()
        .description("Teaching for Mastery: validates a Maths Hub's enrolments against the DfE's"
            + " register and the programme's rules.");
    top.addOption(
        OptionSpec.builder(DEBUG)
            .description("with any command: show the stack trace of an internal error")
            .scopeType(ScopeType.INHERIT)
            .build());

    CommandSpec demo = command(DEMO, version);
    demo.usageMessage().description("Validates the bundled sample hub and prints the report.");
    demo.addOption(format());
    top.addSubcommand(DEMO, demo);

    CommandSpec validate = command(VALIDATE, version);
    validate.usageMessage()
        .description(
            "Validates a hub's enrolment file against the DfE's register (a GIAS extract, Latin-1"
                + " or UTF-8); without --schools the bundled sample register is used, and said so.");
    validate.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("ENROLMENTS.json")
            .arity("1")
            .required(true)
            .type(String.class)
            .description("the enrolment file (CONTRACT.md section 2); - for standard input")
            .build());
    validate.addOption(schools());
    validate.addOption(
        OptionSpec.builder(LINKS)
            .paramLabel("LINKS.csv")
            .arity("1")
            .type(String.class)
            .description("the DfE's links between URNs (links_edubasealldata*.csv): a school's"
                + " history includes its predecessors', so a converter academy cannot repeat"
                + " Development; a bad row is bad input")
            .build());
    validate.addOption(
        OptionSpec.builder(EDITIONS)
            .paramLabel("TABLES")
            .arity("1")
            .type(String.class)
            .description("a hub's edition tables (a directory of them, or one table file; see"
                + " docs/editions.md) read over the standard editions: each row replaces the"
                + " standard row with its key, and other rows are added")
            .build());
    validate.addOption(format());
    validate.addOption(
        OptionSpec.builder(AS_OF)
            .paramLabel("DATE")
            .arity("1")
            .type(String.class)
            .description(
                "judge the enrolment's delivery section as of this day, such as 2020-01-06: only"
                    + " the half-terms and terms ended by then")
            .build());
    top.addSubcommand(VALIDATE, validate);

    CommandSpec overview = command(OVERVIEW, version);
    overview.usageMessage()
        .description("The programme in an academic year: edition, calendar, phases, cohorts.");
    overview.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("YEAR")
            .arity("0..1")
            .type(String.class)
            .description("an academic year such as 2019/20; the current one if left out")
            .build());
    top.addSubcommand(OVERVIEW, overview);

    CommandSpec plan = command(PLAN, version);
    plan.usageMessage()
        .description(
            "Forms Work Groups from a hub's applications file: groups that pass the year's rules,"
                + " short travel to each lead's school, a reason for every school left out; without"
                + " --schools the bundled sample register is used, and said so.");
    plan.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("APPLICATIONS.json")
            .arity("1")
            .required(true)
            .type(String.class)
            .description("the applications file (CONTRACT.md section 6); - for standard input")
            .build());
    plan.addOption(schools());
    plan.addOption(
        OptionSpec.builder(SEED)
            .paramLabel("N")
            .arity("1")
            .type(String.class)
            .description("a whole number; the same seed always gives the same plan (default 0)")
            .build());
    plan.addOption(
        format("text (the groups, their travel and the schools left out, the default) or json"
            + " (the plan as an enrolment file, teachers left empty)"));
    plan.addOption(
        OptionSpec.builder(SVG)
            .paramLabel("FILE")
            .arity("1")
            .type(String.class)
            .description("also write a map of the groups as SVG: schools as points, lines to"
                + " their meeting place")
            .build());
    top.addSubcommand(PLAN, plan);

    CommandSpec reach = command(REACH, version);
    reach.usageMessage()
        .description(
            "The reach model of the primary programme: calibrated on the published figures of"
                + " 2015/16 to 2017/18 and set beside them; with --cohorts, projected forward.");
    reach.addOption(
        OptionSpec.builder(COHORTS)
            .paramLabel("FILE")
            .arity("1")
            .type(String.class)
            .description("a CSV file of the specialists starting training each year, columns"
                + " academicYear,specialists (CONTRACT.md section 4); - for standard input")
            .build());
    reach.addOption(
        format("text (a table, the default) or json (the same figures as JSON)"));
    top.addSubcommand(REACH, reach);

    CommandSpec help = command(HELP, version);
    help.usageMessage().description("Prints the help of the command or of one subcommand.");
    help.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("COMMAND")
            .arity("0..1")
            .type(String.class)
            .completionCandidates(List.of(DEMO, VALIDATE, OVERVIEW, PLAN, REACH, COMPLETION))
            .build());
    top.addSubcommand(HELP, help);

    CommandSpec completion = command(COMPLETION, version);
    completion.usageMessage()
        .description(
            "Prints a completion script for bash and zsh: source <(mastery completion)");
    top.addSubcommand(COMPLETION, completion);

    CommandLine line = new CommandLine(top);
    line.setAbbreviatedOptionsAllowed(false);
    line.setAbbreviatedSubcommandsAllowed(false);
    line.setOverwrittenOptionsAllowed(false);
    line.setUnmatchedOptionsArePositionalParams(false);
    line.setPosixClusteredShortOptionsAllowed(false);
    return line;
  }

  private static CommandSpec command(String name, String version) {
    CommandSpec spec = CommandSpec.create().name(name).version(version);
    spec.mixinStandardHelpOptions(true);
    spec.usageMessage().sortOptions(false).width(80);
    return spec;
  }

  private static OptionSpec schools() {
    return OptionSpec.builder("-s", SCHOOLS)
        .paramLabel("GIAS.csv")
        .arity("1")
        .type(String.class)
        .description("the DfE's establishment register (edubasealldata*.csv); - for standard"
            + " input")
        .build();
  }

  private static OptionSpec format() {
    return format("text (a readable report, the default) or json (the decision JSON only)");
  }

  private static OptionSpec format(String description) {
    return OptionSpec.builder("-f", FORMAT)
        .paramLabel("text|json")
        .arity("1")
        .type(String.class)
        .completionCandidates(List.of("text", "json"))
        .description(description)
        .build();
  }
}
