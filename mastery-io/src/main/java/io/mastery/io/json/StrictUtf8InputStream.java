package io.mastery.io.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 as Unicode defines it (Table
 * 3-7): no overlong form ({@code C0 AF} for "/", {@code C0 9B} for ESC, {@code F0 80 80 AF}), no
 * encoded surrogate ({@code ED A0 80}), nothing above U+10FFFF ({@code F4 90 80 80}), no stray
 * continuation byte and no sequence cut short.
 *
 * <p>At the first fault the stream ends, just before the faulty sequence (or, for a sequence begun
 * in an earlier read, before its faulty byte), so that the parser behind it never decodes a
 * character from it; {@link #fault()} then tells what was wrong, and the reader reports it with the
 * path the parser had reached. Memory use does not grow with the input.
 */
final class StrictUtf8InputStream extends FilterInputStream {

  /** What was wrong with the bytes, and where. */
  record Fault(String bytes, long offset, String what) {
    String describe() {
      return "the text is not in UTF-8: "
          + (bytes.contains(" ") ? "bytes " : "byte ")
          + bytes
          + " at byte offset "
          + offset
          + " "
          + what;
    }
  }

  private long offset;
  private long sequenceStart;
  private int lead;
  private int needed;
  private int seen;
  private int low = 0x80;
  private int high = 0xBF;
  private @Nullable Fault fault;

  StrictUtf8InputStream(InputStream in) {
    super(in);
  }

  /** Returns the first fault, once the stream has ended at it; null while the bytes are good. */
  @Nullable Fault fault() {
    return fault;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    if (fault != null) {
      return -1;
    }
    if (len == 0) {
      return 0;
    }
    int n = in.read(buffer, off, len);
    if (n < 0) {
      if (needed > 0) {
        fault = new Fault(hex(lead, -1), sequenceStart, "begins a sequence cut short by the end");
      }
      return -1;
    }
    for (int i = off; i < off + n; i++) {
      long before = offset;
      boolean inSequence = needed > 0;
      fault = check(buffer[i] & 0xFF);
      if (fault != null) {
        long startInChunk = inSequence ? sequenceStart - (before - (i - off)) : i - off;
        int passed = (int) Math.max(0, startInChunk);
        return passed == 0 ? -1 : passed;
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // every byte must be checked: skipping reads through this stream
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public int available() throws IOException {
    return fault != null ? 0 : super.available();
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // not supported: every byte is checked once, in order
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  /** Follows one byte; returns the fault it makes, or null. */
  private @Nullable Fault check(int b) {
    long at = offset++;
    if (needed == 0) {
      if (b < 0x80) {
        return null;
      }
      sequenceStart = at;
      lead = b;
      seen = 1;
      low = 0x80;
      high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        needed = 2;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        needed = 3;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else if (b == 0xC0 || b == 0xC1) {
        return new Fault(hex(b, -1), at, "begins an overlong form, which UTF-8 forbids");
      } else if (b >= 0xF5) {
        return new Fault(hex(b, -1), at, "is never in UTF-8");
      } else {
        return new Fault(hex(b, -1), at, "is a continuation byte without a lead byte");
      }
      return null;
    }
    if (b < low || b > high) {
      String bytes = hex(lead, b);
      if (b >= 0x80 && b <= 0xBF) {
        if (lead == 0xE0 || lead == 0xF0) {
          return new Fault(bytes, sequenceStart, "begin an overlong form, which UTF-8 forbids");
        }
        if (lead == 0xED) {
          return new Fault(
              bytes, sequenceStart, "begin an encoded surrogate, which UTF-8 forbids");
        }
        if (lead == 0xF4) {
          return new Fault(
              bytes, sequenceStart, "begin a character above U+10FFFF, which UTF-8 forbids");
        }
      }
      return new Fault(
          bytes, sequenceStart, "are a sequence cut short after " + seen + " byte(s)");
    }
    seen++;
    needed--;
    low = 0x80;
    high = 0xBF;
    return null;
  }

  private static String hex(int first, int second) {
    return second < 0
        ? String.format(Locale.ROOT, "0x%02X", first)
        : String.format(Locale.ROOT, "0x%02X 0x%02X", first, second);
  }
}
