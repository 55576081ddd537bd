package io.mastery.io.gias;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a GIAS extract's bytes as it streams, in a given charset or in a detected one.
 *
 * <p>Detection: ASCII reads the same in UTF-8 and Latin-1, so bytes are passed through until the
 * first byte that is not ASCII. If a well-formed UTF-8 sequence starts there, the rest is decoded
 * as UTF-8, strictly; otherwise as Latin-1 (ISO-8859-1), in which every byte is a character. A
 * malformed sequence met later in text detected, or given, as UTF-8 is an error naming its line.
 * Text detected as Latin-1 that later holds a well-formed UTF-8 sequence of two or more bytes (such
 * as {@code C3 A9}, "é", read as "Ã©") is read on as Latin-1, but the first such place is kept as a
 * {@linkplain #charsetWarning() warning}: the file's encoding seems to change there. Memory use does
 * not grow with the file.
 */
final class DecodingReader extends Reader {

  private static final int BUFFER_SIZE = 64 * 1024;

  private final InputStream in;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
  private @Nullable CharsetDecoder decoder;
  private boolean endOfInput;
  private boolean flushed;
  private long line = 1;
  private boolean lastWasCr;
  private int pending = -1;
  private boolean latin1Detected;
  private long detectedOnLine;
  private @Nullable String charsetWarning;
  private final StringBuilder sequence = new StringBuilder(4);
  private int sequenceNeeded;
  private long sequenceLine;

  private DecodingReader(InputStream in, @Nullable Charset charset) {
    this.in = Objects.requireNonNull(in, "in");
    if (charset != null) {
      this.decoder = strictDecoder(charset);
    }
  }

  /** Returns a reader that detects UTF-8 or Latin-1 at the first byte that is not ASCII. */
  static DecodingReader detecting(InputStream in) {
    return new DecodingReader(in, null);
  }

  /** Returns a reader that decodes in the given charset, strictly. */
  static DecodingReader decoding(InputStream in, Charset charset) {
    return new DecodingReader(in, Objects.requireNonNull(charset, "charset"));
  }

  /**
   * Returns the charset the text is decoded with: US-ASCII while every byte read so far is ASCII
   * and no charset was given.
   */
  Charset charset() {
    return decoder == null ? StandardCharsets.US_ASCII : decoder.charset();
  }

  /**
   * Returns the first place where text detected as Latin-1 holds a well-formed UTF-8 sequence.
   *
   * @return the warning, naming the line and the bytes, or null if there is none
   */
  @Nullable String charsetWarning() {
    return charsetWarning;
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    if (pending >= 0) {
      cbuf[off] = (char) pending;
      pending = -1;
      return 1;
    }
    while (true) {
      if (decoder == null) {
        if (!bytes.hasRemaining() && !fill()) {
          return -1;
        }
        byte[] array = bytes.array();
        int from = bytes.position();
        int limit = Math.min(bytes.limit(), from + len);
        int at = from;
        while (at < limit && array[at] >= 0) {
          cbuf[off + at - from] = (char) array[at];
          at++;
        }
        bytes.position(at);
        int n = at - from;
        if (n > 0) {
          countLines(cbuf, off, n);
          return n;
        }
        decide();
        continue;
      }
      if (flushed) {
        return -1;
      }
      CharBuffer out = CharBuffer.wrap(cbuf, off, len);
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        countLines(cbuf, off, out.position() - off);
        throw malformed(result);
      }
      if (result.isUnderflow() && endOfInput) {
        result = decoder.flush(out);
        if (result.isError()) {
          countLines(cbuf, off, out.position() - off);
          throw malformed(result);
        }
        if (result.isUnderflow()) {
          flushed = true;
        }
      }
      int n = out.position() - off;
      if (n > 0) {
        countLines(cbuf, off, n);
        return n;
      }
      if (flushed) {
        return -1;
      }
      if (result.isOverflow()) {
        // room for one char only, and the next is a surrogate pair: hold its second half back
        CharBuffer pair = CharBuffer.allocate(2);
        result = decoder.decode(bytes, pair, endOfInput);
        if (result.isError()) {
          throw malformed(result);
        }
        cbuf[off] = pair.get(0);
        pending = pair.get(1);
        return 1;
      }
      fill();
    }
  }

  /** Chooses UTF-8 or Latin-1 at the first byte that is not ASCII, at the buffer's position. */
  private void decide() throws IOException {
    while (bytes.remaining() < 4 && fill()) {
      // read until a whole UTF-8 sequence of up to 4 bytes is available, or the input ends
    }
    CharsetDecoder probe = strictDecoder(StandardCharsets.UTF_8);
    ByteBuffer sequence = bytes.duplicate();
    CharBuffer chars = CharBuffer.allocate(2);
    probe.decode(sequence, chars, true);
    boolean utf8 = chars.position() > 0;
    decoder = strictDecoder(utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    latin1Detected = !utf8;
    detectedOnLine = line;
  }

  /** Reads more bytes after those remaining; returns false if the input has ended. */
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    bytes.compact();
    try {
      int n = 0;
      while (n == 0) {
        n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      }
      if (n < 0) {
        endOfInput = true;
        return false;
      }
      bytes.position(bytes.position() + n);
      return true;
    } finally {
      bytes.flip();
    }
  }

  private void countLines(char[] cbuf, int off, int n) {
    for (int i = off; i < off + n; i++) {
      char c = cbuf[i];
      if (latin1Detected && charsetWarning == null) {
        watchForUtf8(c);
      }
      if (c == '\n') {
        if (!lastWasCr) {
          line++;
        }
        lastWasCr = false;
      } else if (c == '\r') {
        line++;
        lastWasCr = true;
      } else {
        lastWasCr = false;
      }
    }
  }

  /**
   * Follows the characters of text detected as Latin-1, each one byte, for a well-formed UTF-8
   * sequence of two to four bytes.
   */
  private void watchForUtf8(char c) {
    if (sequenceNeeded > 0) {
      if (c >= 0x80 && c <= 0xBF && continuationAllowed(c)) {
        sequence.append(c);
        if (--sequenceNeeded == 0) {
          byte[] raw = new byte[sequence.length()];
          StringBuilder hex = new StringBuilder();
          for (int k = 0; k < raw.length; k++) {
            raw[k] = (byte) sequence.charAt(k);
            hex.append(k == 0 ? "" : " ")
                .append(String.format(Locale.ROOT, "0x%02X", raw[k] & 0xFF));
          }
          charsetWarning =
              "line "
                  + sequenceLine
                  + ": the file was read as ISO-8859-1 (Latin-1), from its first byte beyond ASCII"
                  + " on line "
                  + detectedOnLine
                  + ", but bytes "
                  + hex
                  + " here are UTF-8 for \""
                  + new String(raw, StandardCharsets.UTF_8)
                  + "\" (read as \""
                  + sequence
                  + "\"): the encoding seems to change, and names may be garbled";
        }
        return;
      }
      sequenceNeeded = 0;
    }
    if (c >= 0xC2 && c <= 0xF4) {
      sequence.setLength(0);
      sequence.append(c);
      sequenceNeeded = c <= 0xDF ? 1 : c <= 0xEF ? 2 : 3;
      sequenceLine = line;
    }
  }

  /** Checks the second byte of a sequence against its lead, as strict UTF-8 does. */
  private boolean continuationAllowed(char c) {
    if (sequence.length() != 1) {
      return true;
    }
    char lead = sequence.charAt(0);
    return !((lead == 0xE0 && c < 0xA0)
        || (lead == 0xED && c > 0x9F)
        || (lead == 0xF0 && c < 0x90)
        || (lead == 0xF4 && c > 0x8F));
  }

  private GiasFormatException malformed(CoderResult result) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < result.length() && bytes.position() + i < bytes.limit(); i++) {
      hex.append(i == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    Charset charset = Objects.requireNonNull(decoder).charset();
    return new GiasFormatException(
        line,
        null,
        "line "
            + line
            + ": bytes "
            + hex
            + " are not valid "
            + charset.name()
            + "; the file's text was read as "
            + charset.name()
            + ", give its charset explicitly if it is another");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
