package io.mastery.model.testkit;

import java.util.List;
import java.util.Set;

/**
 * The areas of the programme that the readable specification ({@code docs/specification.md}) is
 * divided into. A test class belongs to the area of its package; a JUnit {@code @Tag} with one of
 * the {@code TAG} constants (on the class, a nested class or a method) puts it in another area, and
 * {@link #MECHANICS} keeps statements about Java mechanics (hashing, serialisation, null checks)
 * apart from the programme's rules.
 */
public enum Area {
  /** The academic year, its terms and half-terms. */
  CALENDAR("The academic year", "calendar", List.of("io.mastery.model.calendar")),
  /** Schools and the register. */
  SCHOOLS("Schools", "schools", List.of("io.mastery.model.school")),
  /** Hubs and the enrolment of a hub's year. */
  HUBS("Maths Hubs and their enrolments", "hubs", List.of("io.mastery.model.hub", "io.mastery.model.enrolment")),
  /** Work Groups. */
  WORK_GROUPS("Work Groups", "work-groups", List.of("io.mastery.model.workgroup")),
  /** Leads, teachers and Mastery Specialists. */
  LEADS(
      "Leads and specialists",
      "leads",
      List.of("io.mastery.model.specialist", "io.mastery.model.teacher", "io.mastery.rules.progression")),
  /** A school's journey through the phases. */
  JOURNEYS("Journeys", "journeys", List.of("io.mastery.model.journey", "io.mastery.rules.journey")),
  /** What a Work Group delivers in its year: meetings, attendance, visits and completion. */
  DELIVERY(
      "Delivery: meetings, visits and completion",
      "delivery",
      List.of("io.mastery.model.delivery", "io.mastery.rules.delivery")),
  /** The rulebook's decisions on a hub's year. */
  RULEBOOK("The rulebook's decisions", "rulebook", List.of("io.mastery.rules")),
  /** Grants and textbook match funding. */
  FUNDING("Funding", "funding", List.of("io.mastery.rules.funding")),
  /** Reach and roll-ups. */
  REACH("Reach and roll-ups", "reach", List.of("io.mastery.rules.rollup")),
  /** The programme's phases, streams and the policy editions of each year. */
  EDITIONS(
      "Phases, streams and editions",
      "editions",
      List.of("io.mastery.model.programme", "io.mastery.model.policy")),
  /** Files in and out, and the command line. */
  FILES("Files and the command line", "files", List.of("io.mastery.io", "io.mastery.examples")),
  /** Java mechanics: equality, hashing, serialisation, null checks, architecture. */
  MECHANICS(
      "Java mechanics (equality, hashing, serialisation, null checks, architecture)",
      "mechanics",
      List.of("io.mastery"));

  /** The tag of {@link #CALENDAR}. */
  public static final String TAG_CALENDAR = "calendar";
  /** The tag of {@link #SCHOOLS}. */
  public static final String TAG_SCHOOLS = "schools";
  /** The tag of {@link #HUBS}. */
  public static final String TAG_HUBS = "hubs";
  /** The tag of {@link #WORK_GROUPS}. */
  public static final String TAG_WORK_GROUPS = "work-groups";
  /** The tag of {@link #LEADS}. */
  public static final String TAG_LEADS = "leads";
  /** The tag of {@link #JOURNEYS}. */
  public static final String TAG_JOURNEYS = "journeys";
  /** The tag of {@link #DELIVERY}. */
  public static final String TAG_DELIVERY = "delivery";
  /** The tag of {@link #RULEBOOK}. */
  public static final String TAG_RULEBOOK = "rulebook";
  /** The tag of {@link #FUNDING}. */
  public static final String TAG_FUNDING = "funding";
  /** The tag of {@link #REACH}. */
  public static final String TAG_REACH = "reach";
  /** The tag of {@link #EDITIONS}. */
  public static final String TAG_EDITIONS = "editions";
  /** The tag of {@link #FILES}. */
  public static final String TAG_FILES = "files";
  /** The tag of {@link #MECHANICS}. */
  public static final String TAG_MECHANICS = "mechanics";

  private final String title;
  private final String tag;
  private final List<String> packages;

  Area(String title, String tag, List<String> packages) {
    this.title = title;
    this.tag = tag;
    this.packages = packages;
  }

  /** Returns the heading of the area in the specification. */
  public String title() {
    return title;
  }

  /** Returns the JUnit tag that puts a test in this area. */
  public String tag() {
    return tag;
  }

  private static final java.util.regex.Pattern RULE_CODE =
      java.util.regex.Pattern.compile("`(school|workgroup|journey|teacher|specialist|delivery)\\.([a-z-]+)`");

  /**
   * Returns the area of a test: the area whose tag it carries (mechanics first); for a test of the
   * rulebook whose words name a rule code, the area that code judges ({@code school.*} schools,
   * {@code workgroup.lead-*} and {@code specialist.*} leads, other {@code workgroup.*} and {@code
   * teacher.*} Work Groups, {@code journey.*} journeys); else the area of the longest package
   * prefix of its class.
   */
  public static Area of(String className, Set<String> tags, String words) {
    if (tags.contains(TAG_MECHANICS)) {
      return MECHANICS;
    }
    for (Area area : values()) {
      if (tags.contains(area.tag)) {
        return area;
      }
    }
    Area byPackage = byPackage(className);
    if (byPackage == RULEBOOK) {
      java.util.regex.Matcher code = RULE_CODE.matcher(words);
      if (code.find()) {
        return switch (code.group(1)) {
          case "school" -> SCHOOLS;
          case "journey" -> JOURNEYS;
          case "delivery" -> DELIVERY;
          case "specialist" -> LEADS;
          case "workgroup" -> code.group(2).startsWith("lead-") ? LEADS : WORK_GROUPS;
          default -> WORK_GROUPS;
        };
      }
    }
    return byPackage;
  }

  private static Area byPackage(String className) {
    Area best = MECHANICS;
    int longest = -1;
    for (Area area : values()) {
      if (area == MECHANICS) {
        continue;
      }
      for (String prefix : area.packages) {
        if ((className.startsWith(prefix + ".")) && prefix.length() > longest) {
          best = area;
          longest = prefix.length();
        }
      }
    }
    return best;
  }
}
