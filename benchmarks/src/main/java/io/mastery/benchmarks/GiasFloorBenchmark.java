package io.mastery.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.mastery.io.gias.GiasImport;
import io.mastery.io.gias.GiasRegisterReader;
import io.mastery.io.gias.GiasRegisterWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Times the register reader beside the floor under it, on the same 50,000-row file in one run:
 * reading the file's lines with a {@code BufferedReader}, Jackson's streaming CSV parser alone and
 * Commons CSV alone, each touching every field. The file is written once per trial into a
 * temporary directory, deleted after: the library's 18 columns ({@code selected}) or the DfE
 * extract's full width of about 140 ({@code full}), as {@link GiasReadBenchmark} writes them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GiasFloorBenchmark {

  private static final long SEED = 20_181_029L;

  /** The number of schools in the file. */
  @Param({"50000"})
  public int rows;

  /** The columns written: {@code selected} (the library's 18) or {@code full} (the DfE's). */
  @Param({"selected", "full"})
  public String columns = "selected";

  private Path directory = Path.of(".");
  private Path file = Path.of("gias.csv");
  private final CsvFactory jackson = new CsvFactory();

  /** Creates the benchmark; JMH sets the parameters and calls {@link #writeFile()}. */
  public GiasFloorBenchmark() {}

  /**
   * Writes the file and checks that the reader and both parsers see every row.
   *
   * @throws IOException if the file cannot be written
   * @throws IllegalStateException if a row is lost
   */
  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    directory = Files.createTempDirectory("mastery-gias-floor-");
    file = directory.resolve("gias-" + rows + "-" + columns + ".csv");
    GiasRegisterWriter.standard().write(NationalYear.schools(rows, SEED), file);
    if (columns.equals("full")) {
      GiasReadBenchmark.widen(file);
    }
    GiasImport read = reader();
    long lines = lines();
    long jacksonRows = jacksonCsv()[0];
    long commonsRows = commonsCsv()[0];
    if (!read.isClean() || read.rowsRead() != rows || lines != rows + 1
        || jacksonRows != rows + 1 || commonsRows != rows + 1) {
      throw new IllegalStateException(
          file + ": the reader " + read + ", " + lines + " lines, Jackson " + jacksonRows
              + " records, Commons CSV " + commonsRows + " records, for " + rows + " rows");
    }
    System.out.printf("%n%s: %,d rows, %,d bytes%n", file, rows, Files.size(file));
  }

  /**
   * Deletes the file and its directory.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(directory);
  }

  /**
   * Reads the file into a register with the standard reader.
   *
   * @return the import, not null
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public GiasImport reader() throws IOException {
    return GiasRegisterReader.standard().read(file);
  }

  /**
   * Reads the file's lines, decoded as UTF-8: the floor.
   *
   * @return the number of lines
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long lines() throws IOException {
    long n = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      while (in.readLine() != null) {
        n++;
      }
    }
    return n;
  }

  /**
   * Parses the file with Jackson's streaming CSV parser, each field's text taken.
   *
   * @return the records and the characters of the fields
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long[] jacksonCsv() throws IOException {
    long records = 0;
    long chars = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvParser parser = jackson.createParser(in)) {
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          chars += parser.getText().length();
        } else if (token == JsonToken.START_ARRAY) {
          records++;
        }
      }
    }
    // less the array that wraps every record
    return new long[] {records - 1, chars};
  }

  /**
   * Parses the file with Commons CSV, each field taken.
   *
   * @return the records and the characters of the fields
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long[] commonsCsv() throws IOException {
    long records = 0;
    long chars = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.parse(in)) {
      for (CSVRecord record : parser) {
        records++;
        for (int i = 0; i < record.size(); i++) {
          chars += record.get(i).length();
        }
      }
    }
    return new long[] {records, chars};
  }
}
