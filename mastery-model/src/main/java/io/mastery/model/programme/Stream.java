package io.mastery.model.programme;

/**
 * A stream of the Teaching for Mastery programme, by the pupils its teachers teach.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Stream {
  /** Primary schools, since 2015. */
  PRIMARY,
  /** Secondary schools: Mastery Specialists since 2016/17, the Secondary programme since 2018. */
  SECONDARY,
  /** Further education and post-16: GCSE resit and Functional Skills teachers, from 2023/24. */
  FE
}
