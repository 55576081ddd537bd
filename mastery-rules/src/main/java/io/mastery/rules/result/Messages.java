package io.mastery.rules.result;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Puts violations into words: a message bundle keyed by rule code, each entry a {@link
 * MessageFormat} pattern that names its arguments, such as {@code workgroup.size=Work Group
 * {workGroup} has {schools,choice,1#1 school|1<{schools} schools}; ...}.
 *
 * <p>A violation's arguments are those of {@link Violation#arguments()}. The entry used is {@code
 * <code>.<case>} when the violation has a {@code case} argument and the bundle has that key, else
 * {@code <code>}. An argument that is an enum constant is put into words by the bundle's key {@code
 * <enum class, lower case>.<constant>} ({@code phase.DEVELOPMENT=Development}, {@code
 * stream.PRIMARY=primary}); a list is joined with commas. A key missing from a caller's bundle is
 * taken from the library's English bundle, {@code io/mastery/rules/result/messages.properties}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Messages {

  private static final String BUNDLE = "io.mastery.rules.result.messages";
  private static final Pattern NAME =
      Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9]*)(\\s*,\\s*(choice|number))?");
  private static final Messages ENGLISH =
      new Messages(ResourceBundle.getBundle(BUNDLE, Locale.ROOT), Locale.UK, null);

  private final ResourceBundle bundle;
  private final Locale locale;
  private final @Nullable Messages fallback;
  private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

  private Messages(ResourceBundle bundle, Locale locale, @Nullable Messages fallback) {
    this.bundle = bundle;
    this.locale = locale;
    this.fallback = fallback;
  }

  /**
   * Returns the library's own English messages, those of every decision unless a rulebook is given
   * others.
   *
   * @return the messages, not null
   */
  public static Messages english() {
    return ENGLISH;
  }

  /**
   * Returns messages from a caller's own bundle, formatting numbers by its locale; keys it lacks
   * are taken from the library's English messages.
   *
   * @param bundle the bundle, keyed by rule code, not null
   * @return the messages, not null
   */
  public static Messages of(ResourceBundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    Locale locale = bundle.getLocale();
    return new Messages(
        bundle, locale == null || locale.getLanguage().isEmpty() ? Locale.UK : locale, ENGLISH);
  }

  /**
   * Returns messages from a map of patterns, keyed as a bundle is; keys it lacks are taken from
   * the library's English messages.
   *
   * @param patterns the patterns by key, not null
   * @param locale the locale to format numbers by, not null
   * @return the messages, not null
   */
  public static Messages of(Map<String, String> patterns, Locale locale) {
    Map<String, String> copy = Map.copyOf(patterns);
    Objects.requireNonNull(locale, "locale");
    ResourceBundle bundle =
        new ResourceBundle() {
          @Override
          protected @Nullable Object handleGetObject(String key) {
            return copy.get(key);
          }

          @Override
          public java.util.Enumeration<String> getKeys() {
            return java.util.Collections.enumeration(copy.keySet());
          }

          @Override
          public Locale getLocale() {
            return locale;
          }
        };
    return new Messages(bundle, locale, ENGLISH);
  }

  /**
   * Returns messages from the bundle of a locale, such as {@code messages_cy.properties} on the
   * class path of a caller's module, named as a {@link ResourceBundle} base name.
   *
   * @param baseName the bundle's base name, such as {@code com.example.hub.messages}, not null
   * @param locale the locale, not null
   * @param loader the class loader to find the bundle with, not null
   * @return the messages, not null
   * @throws MissingResourceException if there is no such bundle
   */
  public static Messages of(String baseName, Locale locale, ClassLoader loader) {
    return of(ResourceBundle.getBundle(baseName, locale, loader));
  }

  /**
   * Puts a violation into words.
   *
   * @param code the rule's code, not null
   * @param arguments the arguments, by name, not null
   * @return the message, not blank
   */
  public String render(String code, Map<String, ?> arguments) {
    Object variant = arguments.get("case");
    Compiled pattern = null;
    if (variant instanceof String) {
      pattern = find(code + "." + variant);
    }
    if (pattern == null) {
      pattern = find(code);
    }
    if (pattern == null) {
      return code + " " + arguments;
    }
    Object[] values = new Object[pattern.names.size()];
    for (int i = 0; i < values.length; i++) {
      Object value = arguments.get(pattern.names.get(i));
      if (value == null) {
        values[i] = pattern.numeric.get(i) ? (Object) 0 : "";
      } else if (value instanceof Number) {
        values[i] = pattern.numeric.get(i) ? value : value.toString();
      } else if (value instanceof List) {
        values[i] = list(code, (List<?>) value);
      } else {
        values[i] = word(value);
      }
    }
    String text = format(pattern.pattern, values);
    return text.isBlank() ? code + " " + arguments : text;
  }

  /**
   * Puts a violation into words, from its code and arguments.
   *
   * @param violation the violation, not null
   * @return the message, not blank
   */
  public String render(Violation violation) {
    return render(violation.rule(), violation.arguments());
  }

  /**
   * Returns a copy of a decision with every message put into these words.
   *
   * @param decision the decision, not null
   * @return the copy, not null
   */
  public Decision reword(Decision decision) {
    List<Violation> reworded = new ArrayList<>(decision.violations().size());
    for (Violation v : decision.violations()) {
      reworded.add(Violation.builder().from(v).message(render(v)).build());
    }
    return Decision.builder().from(decision).violations(reworded).build();
  }

  /**
   * Puts a value into words as the messages do: an enum constant by its bundle key, a list joined
   * with commas, anything else as text.
   *
   * @param value the value, not null
   * @return the words, not null
   */
  public String word(Object value) {
    if (value instanceof Enum) {
      Enum<?> constant = (Enum<?>) value;
      String key = constant.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + constant.name();
      String found = text(key);
      return found == null ? constant.name() : found;
    }
    if (value instanceof List) {
      return ((List<?>) value).stream().map(this::word).collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  private String format(String pattern, Object[] values) {
    try {
      return new MessageFormat(pattern, locale).format(values);
    } catch (IllegalArgumentException e) {
      return pattern;
    }
  }

  private String list(String code, List<?> values) {
    Compiled item = find(code + ".item");
    String separator = text(code + ".separator");
    StringBuilder out = new StringBuilder();
    for (Object value : values) {
      if (out.length() > 0) {
        out.append(separator == null ? ", " : separator);
      }
      if (value instanceof List && item != null) {
        List<?> parts = (List<?>) value;
        Object[] args = new Object[parts.size()];
        for (int i = 0; i < args.length; i++) {
          Object part = parts.get(i);
          args[i] = part instanceof Number ? part : word(part);
        }
        out.append(format(item.pattern, args));
      } else if (value instanceof List) {
        out.append(
            ((List<?>) value).stream().map(this::word).collect(Collectors.joining(" ")));
      } else {
        out.append(word(value));
      }
    }
    return out.toString();
  }

  private @Nullable String text(String key) {
    if (bundle.containsKey(key)) {
      return bundle.getString(key);
    }
    return fallback == null ? null : fallback.text(key);
  }

  private @Nullable Compiled find(String key) {
    Compiled found = compiled.get(key);
    if (found != null) {
      return found;
    }
    String text = text(key);
    if (text == null) {
      return null;
    }
    found = Compiled.of(text);
    compiled.put(key, found);
    return found;
  }

  @Override
  public String toString() {
    return "Messages{" + locale + "}";
  }

  /** A pattern with its argument names turned into MessageFormat's positions. */
  private static final class Compiled {
    final String pattern;
    final List<String> names;
    final List<Boolean> numeric;

    private Compiled(String pattern, List<String> names, List<Boolean> numeric) {
      this.pattern = pattern;
      this.names = names;
      this.numeric = numeric;
    }

    static Compiled of(String text) {
      Map<String, Integer> positions = new HashMap<>();
      List<String> names = new ArrayList<>();
      List<Boolean> numeric = new ArrayList<>();
      Matcher m = NAME.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String name = m.group(1);
        boolean number = m.group(2) != null;
        // a name used both as a number (choice) and as text gets a position for each
        String slot = number ? name + "#" : name;
        Integer position = positions.get(slot);
        if (position == null) {
          position = names.size();
          positions.put(slot, position);
          names.add(name);
          numeric.add(number);
        }
        m.appendReplacement(out, "{" + position + (number ? m.group(2) : ""));
      }
      m.appendTail(out);
      return new Compiled(out.toString(), List.copyOf(names), List.copyOf(numeric));
    }
  }
}
