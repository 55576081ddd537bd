package io.mastery.io.gias;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Objects;

/**
 * Passes a CSV text through while bounding the length of each field and of each record, so that a
 * file with no line break ({@code /dev/zero}), a quote never closed or a field of gigabytes is
 * rejected after a bounded read instead of being held in memory.
 *
 * <p>It follows RFC 4180 as the reader's parser does: a quote opens a quoted field only at the start
 * of a field, two quotes in a quoted field are one, and line breaks in a quoted field belong to the
 * record. A field or record over its limit is a {@link GiasFormatException} naming the line the
 * record starts on.
 */
final class RecordLimits extends Reader {

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private final Reader in;
  private final int maxField;
  private final int maxRecord;
  private State state = State.FIELD_START;
  private long fieldLength;
  private long recordLength;
  private long line = 1;
  private long recordLine = 1;
  private boolean lastWasCr;

  RecordLimits(Reader in, int maxField, int maxRecord) {
    this.in = Objects.requireNonNull(in, "in");
    this.maxField = maxField;
    this.maxRecord = maxRecord;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = in.read(cbuf, off, len);
    for (int i = off; i < off + n; i++) {
      follow(cbuf[i]);
    }
    return n;
  }

  private void follow(char c) {
    boolean lineBreak = c == '\n' || c == '\r';
    if (lineBreak) {
      if (c == '\r' || !lastWasCr) {
        line++;
      }
      lastWasCr = c == '\r';
    } else {
      lastWasCr = false;
    }
    switch (state) {
      case FIELD_START:
      case UNQUOTED:
      case QUOTE_IN_QUOTED:
        if (c == ',') {
          state = State.FIELD_START;
          fieldLength = 0;
          recordLength++;
          break;
        }
        if (lineBreak) {
          state = State.FIELD_START;
          fieldLength = 0;
          recordLength = 0;
          recordLine = line;
          return;
        }
        if (state == State.FIELD_START && c == '"') {
          state = State.QUOTED;
        } else if (state == State.QUOTE_IN_QUOTED && c == '"') {
          state = State.QUOTED;
        } else {
          state = State.UNQUOTED;
        }
        fieldLength++;
        recordLength++;
        break;
      case QUOTED:
        if (c == '"') {
          state = State.QUOTE_IN_QUOTED;
        }
        fieldLength++;
        recordLength++;
        break;
      default:
        throw new AssertionError(state);
    }
    if (fieldLength > maxField) {
      throw new GiasFormatException(
          recordLine,
          null,
          String.format(
              Locale.ROOT,
              "line %d: not valid CSV for a register: a field is longer than %d characters%s",
              recordLine,
              maxField,
              state == State.QUOTED ? " (a quote opened and never closed?)" : ""));
    }
    if (recordLength > maxRecord) {
      throw new GiasFormatException(
          recordLine,
          null,
          String.format(
              Locale.ROOT,
              "line %d: not valid CSV for a register: a record is longer than %d characters",
              recordLine,
              maxRecord));
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
