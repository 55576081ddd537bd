package io.mastery.model.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Combinators that QuickTheories leaves to its users: strings over an alphabet, sets, lists with
 * unique keys, optionals that are often empty, and choices between generators. Every generator here
 * draws from the QuickTheories randomness source, so it shrinks and replays from a seed.
 */
public final class Generators {

  private Generators() {}

  /** Strings of {@code min} to {@code max} characters, each drawn from {@code alphabet}. */
  public static Gen<String> stringsOf(String alphabet, int min, int max) {
    Gen<Character> chars =
        integers().between(0, alphabet.length() - 1).map(alphabet::charAt);
    return lists()
        .of(chars)
        .ofSizeBetween(min, max)
        .map(
            cs -> {
              StringBuilder text = new StringBuilder(cs.size());
              cs.forEach(text::append);
              return text.toString();
            });
  }

  /** The digits 0 to 9. */
  public static final String DIGITS = "0123456789";

  /** The letters a to z and A to Z. */
  public static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Strings of exactly {@code length} digits, leading zeros allowed. */
  public static Gen<String> digitStrings(int length) {
    return stringsOf(DIGITS, length, length);
  }

  /** Strings of {@code min} to {@code max} letters. */
  public static Gen<String> letterStrings(int min, int max) {
    return stringsOf(LETTERS, min, max);
  }

  /** Lists of {@code min} to {@code max} values. */
  public static <T> Gen<List<T>> listsOf(Gen<T> values, int min, int max) {
    return lists().of(values).ofSizeBetween(min, max);
  }

  /**
   * Lists of at most {@code max} values, no two with the same key (the first of each key kept), and
   * at least {@code min} of them: drawn lists that fall short are drawn again.
   */
  public static <T> Gen<List<T>> uniqueListsOf(
      Gen<T> values, Function<? super T, ?> key, int min, int max) {
    return listsOf(values, min, max)
        .map(
            list -> {
              Map<Object, T> byKey = new LinkedHashMap<>();
              for (T value : list) {
                byKey.putIfAbsent(key.apply(value), value);
              }
              return (List<T>) new ArrayList<>(byKey.values());
            })
        .assuming(list -> list.size() >= min);
  }

  /** Sets of {@code min} to {@code max} distinct values. */
  public static <T> Gen<Set<T>> setsOf(Gen<T> values, int min, int max) {
    return uniqueListsOf(values, Function.identity(), min, max)
        .map(list -> Collections.unmodifiableSet(new LinkedHashSet<>(list)));
  }

  /** A value or, about one time in four, none. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> values) {
    return values.toOptionals(25);
  }

  /** One of the given generators, chosen with equal weight. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<? extends T> first, Gen<? extends T>... others) {
    @SuppressWarnings("unchecked")
    Gen<T> head = (Gen<T>) first;
    @SuppressWarnings("unchecked")
    Gen<T>[] rest = new Gen[others.length];
    for (int i = 0; i < others.length; i++) {
      @SuppressWarnings("unchecked")
      Gen<T> other = (Gen<T>) others[i];
      rest[i] = other;
    }
    return Generate.oneOf(head, rest);
  }

  /** One of the given values, each as likely. */
  @SafeVarargs
  public static <T> Gen<T> oneOfValues(T first, T... others) {
    List<T> all = new ArrayList<>();
    all.add(first);
    Collections.addAll(all, others);
    return Generate.pick(all);
  }

  /** Booleans, {@code true} as often as {@code false}. */
  public static Gen<Boolean> booleans() {
    return Generate.booleans();
  }

  /** Any constant of an enum. */
  public static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
    return Generate.enumValues(type);
  }

  /**
   * Strings of {@code min} to {@code max} characters of any kind in the Basic Multilingual Plane:
   * letters of every script, digits, spaces, controls and lone surrogates.
   */
  public static Gen<String> anyStrings(int min, int max) {
    return strings().basicMultilingualPlaneAlphabet().ofLengthBetween(min, max);
  }

  /** Any text of up to 255 characters of the Basic Multilingual Plane. */
  public static Gen<String> anyStrings() {
    return anyStrings(0, 255);
  }

  /** Any int, the extremes and zero included. */
  public static Gen<Integer> ints() {
    return integers().all();
  }

  /** Ints from {@link Integer#MIN_VALUE} up to {@code max}. */
  public static Gen<Integer> intsAtMost(int max) {
    return integers().between(Integer.MIN_VALUE, max);
  }

  /** Ints from {@code min} up to {@link Integer#MAX_VALUE}. */
  public static Gen<Integer> intsAtLeast(int min) {
    return integers().between(min, Integer.MAX_VALUE);
  }

  /** Any long, the extremes and zero included. */
  public static Gen<Long> anyLongs() {
    return longs().all();
  }

  /** One of the given values, each as likely. */
  public static <T> Gen<T> oneOfValues(List<T> values) {
    return Generate.pick(values);
  }
}
