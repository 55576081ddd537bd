package io.mastery.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Serialized forms of model values, and forged ones: a value's serialized form with the bytes of
 * its state replaced, to check that deserialization validates as the factories do.
 */
public final class SerialForms {

  private SerialForms() {}

  /**
   * Serializes a value, then replaces the last occurrence of one piece of its state by another of
   * the same length, and deserializes the result.
   *
   * @param value the value to serialize
   * @param from the bytes of the state to replace
   * @param to the bytes to put in their place, as long as {@code from}
   * @return the deserialized object
   * @throws IOException if deserialization rejects the forged form
   */
  public static Object forge(Serializable value, byte[] from, byte[] to)
      throws IOException, ClassNotFoundException {
    if (from.length != to.length) {
      throw new IllegalArgumentException("a forged state must keep its length");
    }
    byte[] form = serialize(value);
    int at = lastIndexOf(form, from);
    if (at < 0) {
      throw new IllegalArgumentException("the serialized form does not hold the state to replace");
    }
    System.arraycopy(to, 0, form, at, to.length);
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(form))) {
      return in.readObject();
    }
  }

  /**
   * Returns the bytes of an int as serialization writes it.
   *
   * @param value the int
   * @return four bytes, big-endian
   */
  public static byte[] intBytes(int value) {
    return ByteBuffer.allocate(4).putInt(value).array();
  }

  /**
   * Returns the bytes of ASCII text as serialization writes a string's characters.
   *
   * @param text ASCII text
   * @return its bytes
   */
  public static byte[] asciiBytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] serialize(Serializable value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static int lastIndexOf(byte[] data, byte[] part) {
    for (int i = data.length - part.length; i >= 0; i--) {
      boolean match = true;
      for (int j = 0; j < part.length && match; j++) {
        match = data[i + j] == part[j];
      }
      if (match) {
        return i;
      }
    }
    return -1;
  }
}
