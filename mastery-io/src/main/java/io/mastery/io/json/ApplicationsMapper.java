package io.mastery.io.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The strict Jackson mapper of the applications file, in a class of its own so that the enrolment
 * reader and the command's cold start never load it.
 */
final class ApplicationsMapper {

  /** The mapper: the shared factory's limits, trailing tokens, unknown and duplicate keys refused. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder(JsonSettings.FACTORY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .build();

  private ApplicationsMapper() {}
}
