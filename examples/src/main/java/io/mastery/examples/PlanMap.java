package io.mastery.examples;

import io.mastery.io.UntrustedText;
import io.mastery.model.school.GridReference;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.rules.planning.LeftOut;
import io.mastery.rules.planning.PlacedSchool;
import io.mastery.rules.planning.Plan;
import io.mastery.rules.planning.PlannedGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A map of a plan as an SVG document: each placed school a point joined by a line to its group's
 * meeting place (the lead's school, a larger point), each group in its own colour, and the schools
 * left out that have a location within the groups' area as hollow grey points (a far-away school
 * left out, such as one in Wales, would otherwise shrink the groups to a corner; when no group is
 * formed, the area is that of the schools left out).
 *
 * <p>The picture is at most {@link #SIZE} pixels wide and high whatever the area covered, north
 * up, with British National Grid eastings and northings scaled alike. Every school's title (URN,
 * name and group) is text from the register: its control and bidirectional characters are escaped
 * as for the terminal ({@link UntrustedText}) and its markup characters as XML entities, so that
 * no name can add an element or break the document.
 */
final class PlanMap {

  /** The largest width and height of the picture, in pixels. */
  static final int SIZE = 800;

  private static final int MARGIN = 20;

  private static final String[] COLOURS = {
    "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4"
  };

  private PlanMap() {}

  /** Returns the map of the plan, its schools' locations and names taken from the register. */
  static String svg(Plan plan, SchoolRegister register) {
    List<GridReference> all = new ArrayList<>();
    for (PlannedGroup group : plan.groups()) {
      at(register, group.meetingPlace()).ifPresent(all::add);
      for (PlacedSchool school : group.schools()) {
        at(register, school.urn()).ifPresent(all::add);
      }
    }
    boolean framedOnGroups = !all.isEmpty();
    if (!framedOnGroups) {
      for (LeftOut left : plan.leftOut()) {
        at(register, left.urn()).ifPresent(all::add);
      }
    }
    double minE = all.stream().mapToDouble(GridReference::easting).min().orElse(0);
    double maxE = all.stream().mapToDouble(GridReference::easting).max().orElse(0);
    double minN = all.stream().mapToDouble(GridReference::northing).min().orElse(0);
    double maxN = all.stream().mapToDouble(GridReference::northing).max().orElse(0);
    double span = Math.max(1, Math.max(maxE - minE, maxN - minN));
    double scale = (SIZE - 2.0 * MARGIN) / span;
    int width = (int) Math.ceil((maxE - minE) * scale) + 2 * MARGIN;
    int height = (int) Math.ceil((maxN - minN) * scale) + 2 * MARGIN;
    Projection p = new Projection(minE, maxN, scale);

    StringBuilder svg = new StringBuilder(4096);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\">\n",
            width,
            height,
            width,
            height));
    svg.append("<title>")
        .append(
            text(
                String.format(
                    Locale.UK,
                    "Planned Work Groups, %s, %s %s",
                    plan.applications().year(),
                    plan.applications().phase(),
                    plan.applications().stream())))
        .append("</title>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (LeftOut left : plan.leftOut()) {
      Optional<GridReference> place = at(register, left.urn());
      if (place.isPresent() && p.inFrame(place.get(), width, height)) {
        svg.append(
                String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"none\" stroke=\"#999999\">",
                    p.x(place.get()),
                    p.y(place.get())))
            .append("<title>")
            .append(text(left.urn() + " " + name(register, left.urn()) + ": left out, "
                + left.rule().orElse(PlanReport.reasonCode(left.reason()))))
            .append("</title></circle>\n");
      }
    }
    int g = 0;
    for (PlannedGroup group : plan.groups()) {
      String colour = COLOURS[g++ % COLOURS.length];
      Optional<GridReference> meeting = at(register, group.meetingPlace());
      svg.append("<g stroke=\"").append(colour).append("\" fill=\"").append(colour).append("\">\n");
      for (PlacedSchool school : group.schools()) {
        Optional<GridReference> place = at(register, school.urn());
        if (place.isEmpty()) {
          continue;
        }
        if (meeting.isPresent()) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"1.5\"/>\n",
                  p.x(place.get()),
                  p.y(place.get()),
                  p.x(meeting.get()),
                  p.y(meeting.get())));
        }
        svg.append(
                String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\">",
                    p.x(place.get()),
                    p.y(place.get())))
            .append("<title>")
            .append(text(school.urn() + " " + name(register, school.urn()) + ": " + group.id()
                + ", " + PlanReport.km(school.distanceMetres())))
            .append("</title></circle>\n");
      }
      if (meeting.isPresent()) {
        svg.append(
                String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill-opacity=\"0.4\""
                        + " stroke-width=\"2\">",
                    p.x(meeting.get()),
                    p.y(meeting.get())))
            .append("<title>")
            .append(text(group.id() + " meets at " + group.meetingPlace() + " "
                + name(register, group.meetingPlace()) + ", led by " + group.lead()))
            .append("</title></circle>\n");
      }
      svg.append("</g>\n");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static Optional<GridReference> at(SchoolRegister register, Urn urn) {
    return register.find(urn).flatMap(School::location);
  }

  private static String name(SchoolRegister register, Urn urn) {
    return register.find(urn).map(School::name).orElse("(not in the register)");
  }

  /** Escapes text for an SVG element: terminal escapes first, then XML's markup characters. */
  static String text(String untrusted) {
    String safe = UntrustedText.escape(untrusted);
    StringBuilder xml = new StringBuilder(safe.length() + 16);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '&' -> xml.append("&amp;");
        case '<' -> xml.append("&lt;");
        case '>' -> xml.append("&gt;");
        case '"' -> xml.append("&quot;");
        case '\'' -> xml.append("&apos;");
        case '\uFFFE', '\uFFFF' -> xml.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        default -> xml.append(c);
      }
    }
    return xml.toString();
  }

  /** From grid metres to pixels: north up. */
  private record Projection(double minEasting, double maxNorthing, double scale) {
    double x(GridReference g) {
      return MARGIN + (g.easting() - minEasting) * scale;
    }

    double y(GridReference g) {
      return MARGIN + (maxNorthing - g.northing()) * scale;
    }

    boolean inFrame(GridReference g, int width, int height) {
      return x(g) >= 0 && x(g) <= width && y(g) >= 0 && y(g) <= height;
    }
  }
}
