package io.mastery.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values listed under keys, cheap for the common case of one value a key: the value itself is
 * held until a second arrives. Not thread-safe.
 */
final class Listed<K, V> {

  private final HashMap<K, Object> map;
  private final Set<K> keys;

  Listed(int expected) {
    this.map = new HashMap<>(Math.max(16, (int) (expected / 0.75f) + 1));
    this.keys = Collections.unmodifiableSet(map.keySet());
  }

  private Listed(Listed<K, V> other) {
    this.map = new HashMap<>(other.map);
    for (Map.Entry<K, Object> e : map.entrySet()) {
      if (e.getValue() instanceof Several) {
        e.setValue(new Several(((Several) e.getValue()).values));
      }
    }
    this.keys = Collections.unmodifiableSet(map.keySet());
  }

  Listed<K, V> copy() {
    return new Listed<>(this);
  }

  void put(K key, V value) {
    Object found = map.putIfAbsent(key, value);
    if (found == null) {
      return;
    }
    if (found instanceof Several) {
      ((Several) found).values.add(value);
    } else {
      Several several = new Several(List.of(found));
      several.values.add(value);
      map.put(key, several);
    }
  }

  /** Removes one value, found by identity. */
  void remove(K key, V value) {
    Object found = map.get(key);
    if (found == null) {
      return;
    }
    if (found instanceof Several) {
      List<Object> values = ((Several) found).values;
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) == value) {
          values.remove(i);
          break;
        }
      }
      if (values.size() == 1) {
        map.put(key, values.get(0));
      } else if (values.isEmpty()) {
        map.remove(key);
      }
    } else if (found == value) {
      map.remove(key);
    }
  }

  @SuppressWarnings("unchecked")
  List<V> get(K key) {
    Object found = map.get(key);
    if (found == null) {
      return List.of();
    }
    if (found instanceof Several) {
      return (List<V>) Collections.unmodifiableList(((Several) found).values);
    }
    return Collections.singletonList((V) found);
  }

  Set<K> keys() {
    return keys;
  }

  /** Two or more values of one key. */
  private static final class Several {
    final List<Object> values;

    Several(List<?> values) {
      this.values = new ArrayList<>(values);
    }
  }
}
