package io.mastery.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A JSON value and its path in the document, with checked access that names the path. */
final class Cursor {

  private static final int MAX_VALUE_IN_MESSAGE = 60;

  private final JsonNode node;
  private final String path;

  private Cursor(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static Cursor root(JsonNode node) {
    return new Cursor(node, "");
  }

  String path() {
    return path;
  }

  /** Checks that this is an object with no field but the given ones. */
  Cursor object(String what, String... fields) {
    expect(node.isObject(), "an object");
    List<String> allowed = Arrays.asList(fields);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new EnrolmentFormatException(
            child(name),
            render(node.get(name)),
            "unknown field"
                + io.mastery.io.NearestName.among(name, allowed)
                    .map(n -> " (did you mean \"" + n + "\"?)")
                    .orElse("")
                + "; "
                + what
                + " has the fields "
                + String.join(", ", fields),
            0,
            0);
      }
    }
    return this;
  }

  /** Returns a field that must be present. */
  Cursor field(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new EnrolmentFormatException(child(name), null, "required field is missing", 0, 0);
    }
    return new Cursor(value, child(name));
  }

  /** Returns a field that may be absent. */
  Optional<Cursor> optionalField(String name) {
    JsonNode value = node.get(name);
    return value == null ? Optional.empty() : Optional.of(new Cursor(value, child(name)));
  }

  /** Returns the elements of this array. */
  List<Cursor> elements() {
    expect(node.isArray(), "an array");
    List<Cursor> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new Cursor(node.get(i), path + "[" + i + "]"));
    }
    return elements;
  }

  /** Returns this string's text. */
  String text() {
    expect(node.isTextual(), "a string");
    return node.textValue();
  }

  /** Converts this string; a parser's IllegalArgumentException becomes a format fault. */
  <T> T text(Function<String, T> parser) {
    String text = text();
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw fault(String.valueOf(e.getMessage()));
    }
  }

  /** Returns this whole number, if it fits an int; otherwise reports the reason given. */
  int wholeNumber(String tooLarge) {
    expect(node.isIntegralNumber(), "a whole number");
    if (!node.canConvertToInt()) {
      throw fault(tooLarge);
    }
    return node.intValue();
  }

  /** Converts this whole number; a factory's IllegalArgumentException becomes a format fault. */
  <T> T wholeNumber(String tooLarge, Function<Integer, T> factory) {
    int number = wholeNumber(tooLarge);
    try {
      return factory.apply(number);
    } catch (IllegalArgumentException e) {
      throw fault(String.valueOf(e.getMessage()));
    }
  }

  /** Converts this string to a constant of the enum, by its exact name. */
  <E extends Enum<E>> E constant(Class<E> type, String what) {
    String text = text();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    E[] constants = type.getEnumConstants();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < constants.length; i++) {
      if (i > 0) {
        expected.append(i == constants.length - 1 ? " or " : ", ");
      }
      expected.append(constants[i].name());
    }
    List<String> names = new ArrayList<>();
    for (E constant : constants) {
      names.add(constant.name());
    }
    throw fault(
        "unknown "
            + what
            + " "
            + node
            + io.mastery.io.NearestName.among(text, names)
                .map(n -> " (did you mean " + n + "?)")
                .orElse("")
            + "; expected "
            + expected);
  }

  /** Returns this boolean. */
  boolean bool() {
    expect(node.isBoolean(), "true or false");
    return node.booleanValue();
  }

  /** Returns this string as an ISO date, such as 2019-10-03. */
  java.time.LocalDate date() {
    String text = text();
    try {
      return java.time.LocalDate.parse(text, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (java.time.format.DateTimeParseException e) {
      throw fault("a date is written as year-month-day, such as 2019-10-03: \"" + text + "\"");
    }
  }

  /** Returns a fault at this value, with the reason given. */
  EnrolmentFormatException fault(String reason) {
    return new EnrolmentFormatException(path, render(node), reason, 0, 0);
  }

  /**
   * Returns the value as text for a fault: a string without quotes, anything else as JSON, and
   * "(missing)" where there is no value.
   */
  String valueText() {
    String text = render(node);
    return text == null ? "(missing)" : text;
  }

  private void expect(boolean ok, String expected) {
    if (!ok) {
      String shown = node.toString();
      if (shown.length() > MAX_VALUE_IN_MESSAGE) {
        shown = shown.substring(0, MAX_VALUE_IN_MESSAGE) + "...";
      }
      throw fault(
          "expected " + expected + ", got " + kind(node) + (node.isNull() ? "" : ": " + shown));
    }
  }

  private static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "a string";
      case NUMBER:
        return node.isIntegralNumber() ? "a whole number" : "a decimal number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      default:
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static @Nullable String render(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    // numbers, booleans and null as the JSON they are, without a mapper: messages are built
    // eagerly for every URN read, and a mapper takes long to set up
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
