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
  static final String HELP = "help";
  static final String COMPLETION = "completion";

  static final String FORMAT = "--format";
  static final String SCHOOLS = "--schools";
  static final String DEBUG = "--debug";
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
    validate.addOption(
        OptionSpec.builder("-s", SCHOOLS)
            .paramLabel("GIAS.csv")
            .arity("1")
            .type(String.class)
            .description("the DfE's establishment register (edubasealldata*.csv); - for standard"
                + " input")
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

    CommandSpec help = command(HELP, version);
    help.usageMessage().description("Prints the help of the command or of one subcommand.");
    help.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("COMMAND")
            .arity("0..1")
            .type(String.class)
            .completionCandidates(List.of(DEMO, VALIDATE, OVERVIEW, COMPLETION))
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

  private static OptionSpec format() {
    return OptionSpec.builder("-f", FORMAT)
        .paramLabel("text|json")
        .arity("1")
        .type(String.class)
        .completionCandidates(List.of("text", "json"))
        .description("text (a readable report, the default) or json (the decision JSON only)")
        .build();
  }
}
