package io.mastery.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mastery.io.UntrustedText;
import io.mastery.model.enrolment.Enrolment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 12: overlong UTF-8 smuggled a raw ESC or NUL past the reader's own check of control
 * characters, and a device or pipe named as the enrolment file was read, or waited on, forever.
 */
@DisplayName("A hostile enrolment file")
class HostileEnrolmentTest {

  static final String BEFORE =
      "{\n  \"academicYear\": \"2019/20\",\n  \"hub\": {\"id\": \"LCW\", \"name\": \"London ";
  static final String AFTER = "\", \"localAuthorities\": [\"201\"]},\n  \"workGroups\": []\n}\n";

  /** The enrolment's bytes with the given bytes inside the hub's name. */
  static byte[] withHubName(int... bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BEFORE.getBytes(StandardCharsets.UTF_8));
    for (int b : bytes) {
      out.write(b);
    }
    out.writeBytes(AFTER.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static Enrolment read(byte[] bytes) throws IOException {
    return EnrolmentReader.standard().read(new ByteArrayInputStream(bytes));
  }

  @Nested
  @DisplayName("with bytes that are not strict UTF-8")
  class NotStrictUtf8 {

    final int offset = BEFORE.getBytes(StandardCharsets.UTF_8).length;

    void rejected(String bytes, String what, int... input) {
      assertThatThrownBy(() -> read(withHubName(input)))
          .isInstanceOfSatisfying(
              EnrolmentFormatException.class,
              e -> {
                assertThat(e.path()).isEqualTo("hub.name");
                assertThat(e.value()).contains(bytes);
                assertThat(e.line()).hasValue(3);
              })
          .hasMessageStartingWith("hub.name: not valid JSON at line 3, column ")
          .hasMessageEndingWith(
              "the text is not in UTF-8: "
                  + (bytes.contains(" ") ? "bytes " : "byte ")
                  + bytes
                  + " at byte offset "
                  + offset
                  + " "
                  + what);
    }

    @Test
    @DisplayName("is refused for an overlong slash (C0 AF), naming the bytes and their offset")
    void overlongSlash() {
      rejected("0xC0", "begins an overlong form, which UTF-8 forbids", 0xC0, 0xAF);
    }

    @Test
    @DisplayName("is refused for an overlong ESC (C0 9B), which would reach a terminal raw")
    void overlongEscape() {
      rejected("0xC0", "begins an overlong form, which UTF-8 forbids", 0xC0, 0x9B);
    }

    @Test
    @DisplayName("is refused for a four-byte overlong slash (F0 80 80 AF)")
    void fourByteOverlong() {
      rejected("0xF0 0x80", "begin an overlong form, which UTF-8 forbids", 0xF0, 0x80, 0x80, 0xAF);
    }

    @Test
    @DisplayName("is refused for a character above U+10FFFF (F4 90 80 80)")
    void aboveTheLastCharacter() {
      rejected(
          "0xF4 0x90",
          "begin a character above U+10FFFF, which UTF-8 forbids",
          0xF4,
          0x90,
          0x80,
          0x80);
    }

    @Test
    @DisplayName("is refused for an encoded surrogate (ED A0 80) and for a Latin-1 byte")
    void surrogateAndLatin1() {
      rejected("0xED 0xA0", "begin an encoded surrogate, which UTF-8 forbids", 0xED, 0xA0, 0x80);
      rejected("0xE9 0x22", "are a sequence cut short after 1 byte(s)", 0xE9);
    }

    @Test
    @DisplayName("is refused when the fault comes after a megabyte of good text")
    void faultLateInALargeFile() {
      String padding = " ".repeat(1024 * 1024);
      byte[] head = ("{\"academicYear\": \"2019/20\"," + padding + "\"workGroups\": [], \"hub\":"
              + " {\"id\": \"LCW\", \"localAuthorities\": [], \"name\": \"")
          .getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[head.length + 4];
      System.arraycopy(head, 0, bytes, 0, head.length);
      bytes[head.length] = (byte) 0xC0;
      bytes[head.length + 1] = (byte) 0x80;
      bytes[head.length + 2] = '"';
      bytes[head.length + 3] = '}';
      assertThatThrownBy(() -> read(bytes))
          .isInstanceOf(EnrolmentFormatException.class)
          .hasMessageContaining("at byte offset " + head.length + " begins an overlong form");
    }

    @Test
    @DisplayName("is accepted when well-formed, in two, three and four bytes")
    void wellFormedIsRead() throws IOException {
      byte[] name = "\u00c9t\u00e9 \u20ac \ud83d\ude00".getBytes(StandardCharsets.UTF_8);
      int[] bytes = new int[name.length];
      for (int i = 0; i < name.length; i++) {
        bytes[i] = name[i] & 0xFF;
      }
      assertThat(read(withHubName(bytes)).hub().orElseThrow().name())
          .isEqualTo("London \u00c9t\u00e9 \u20ac \ud83d\ude00");
    }
  }

  @Test
  @DisplayName("naming a control character in a rejected value gives a message of one line with"
      + " the character escaped")
  void rejectedValueIsEscaped() {
    String json =
        "{\"academicYear\": \"2019/20\", \"workGroups\": [{\"id\": \"WG-01\", \"phase\":"
            + " \"DEVELOPMENT\", \"stream\": \"PRIMARY\", \"lead\": \"1\\nmastery: all good\\u001b[0m\","
            + " \"schools\": []}]}";
    assertThatThrownBy(() -> EnrolmentReader.standard().parse(json))
        .isInstanceOfSatisfying(
            EnrolmentFormatException.class,
            e -> {
              assertThat(UntrustedText.hasUnsafe(e.getMessage())).isFalse();
              assertThat(e.getMessage()).contains("1\\u000Amastery: all good\\u001B[0m");
              assertThat(e.value()).contains("1\nmastery: all good\u001b[0m");
            });
  }

  @Nested
  @DisplayName("that is not a regular file")
  class NotARegularFile {

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName("is refused at once when it is a device such as /dev/zero")
    void device() {
      Path zero = Path.of("/dev/zero");
      if (!Files.exists(zero)) {
        return;
      }
      assertThatThrownBy(() -> EnrolmentReader.standard().read(zero))
          .isInstanceOf(IOException.class)
          .hasMessage("/dev/zero: not a regular file; only a regular file is read");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName("is refused at once, never waited on, when it is a named pipe with no writer")
    void namedPipe() throws Exception {
      Path fifo = Fifos.make("enrolment.fifo");
      if (fifo == null) {
        return;
      }
      assertThatThrownBy(() -> EnrolmentReader.standard().read(fifo))
          .isInstanceOf(IOException.class)
          .hasMessageEndingWith("not a regular file; only a regular file is read");
    }
  }
}
