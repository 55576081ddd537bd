package io.mastery.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * The one Jackson set-up of this package: a strict, safe parser for files from outside, and the
 * layout of the JSON written.
 */
final class JsonSettings {

  /** The largest document read, in bytes (or chars, for text already decoded): 16 MiB. */
  static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** The deepest nesting of objects and arrays read; the contract's files need 5. */
  static final int MAX_NESTING_DEPTH = 16;

  /** The longest string value read, in chars. */
  static final int MAX_STRING_LENGTH = 10_000;

  /** The longest number read, in digits. */
  static final int MAX_NUMBER_LENGTH = 24;

  /** The longest field name read, in chars. */
  static final int MAX_NAME_LENGTH = 200;

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator(""))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private JsonSettings() {}

  /** Returns a generator that writes indented JSON, two spaces, line feeds, to the writer. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator generator = FACTORY.createGenerator(out);
    generator.setPrettyPrinter(new DefaultPrettyPrinter(PRETTY));
    return generator;
  }
}
