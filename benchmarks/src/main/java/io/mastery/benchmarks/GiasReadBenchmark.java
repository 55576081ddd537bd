package io.mastery.benchmarks;

import io.mastery.io.gias.GiasColumn;
import io.mastery.io.gias.GiasImport;
import io.mastery.io.gias.GiasRegisterReader;
import io.mastery.io.gias.GiasRegisterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
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
 * Times the standard GIAS reader loading a register file: 50,000 rows (a full extract) beside
 * 5,000 (the baseline).
 *
 * <p>The file is written once per trial to a temporary file. With {@code columns = selected} it is
 * what {@link GiasRegisterWriter} writes: the library's 18 columns. With {@code columns = full} it
 * has the real extract's header of about 140 columns: the library's columns hold the same
 * generated schools, the others are copied from the 20 real rows of the bundled 2018 extract, so a
 * row is as wide as in the DfE's file (50,000 rows come to about 60 MB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GiasReadBenchmark {

  private static final long SEED = 20_181_029L;

  private static final String TEMPLATE = "edubasealldata20181029_20.csv";

  /** The number of schools in the file. */
  @Param({"5000", "50000"})
  public int rows;

  /** The columns written: {@code selected} (the library's) or {@code full} (the DfE's extract). */
  @Param({"selected", "full"})
  public String columns = "selected";

  private Path file = Path.of("gias.csv");

  /** Creates the benchmark; JMH sets the parameters and calls {@link #writeFile()}. */
  public GiasReadBenchmark() {}

  /**
   * Writes the file of generated schools to a temporary file.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = Files.createTempFile("mastery-gias-" + rows + "-" + columns + "-", ".csv");
    GiasRegisterWriter.standard().write(NationalYear.schools(rows, SEED), file);
    if (columns.equals("full")) {
      widen(file);
    }
    GiasImport read = read();
    if (!read.isClean() || read.rowsRead() != rows) {
      throw new IllegalStateException(
          "the generated file " + file + " reads as " + read + ", not " + rows + " clean rows");
    }
    System.out.printf("%n%s: %,d rows, %,d bytes%n", file, rows, Files.size(file));
  }

  /**
   * Deletes the temporary file.
   *
   * @throws IOException if the file cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the file into a register.
   *
   * @return the import, not null
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public GiasImport read() throws IOException {
    return GiasRegisterReader.standard().read(file);
  }

  /** Rewrites a file of the library's columns with the full extract's header and row width. */
  static void widen(Path selected) throws IOException {
    List<String> header;
    List<CSVRecord> templates;
    try (InputStream in = GiasReadBenchmark.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + TEMPLATE + " is missing");
      }
      CSVParser parser =
          CSVFormat.RFC4180.builder().setHeader().get().parse(
              new InputStreamReader(in, StandardCharsets.ISO_8859_1));
      header = parser.getHeaderNames();
      templates = parser.getRecords();
    }
    for (GiasColumn column : GiasColumn.values()) {
      if (!header.contains(column.header())) {
        throw new IllegalStateException(
            "the template " + TEMPLATE + " has no column \"" + column.header() + "\"");
      }
    }
    Path wide = selected.resolveSibling(selected.getFileName() + ".full");
    try (Reader in = Files.newBufferedReader(selected, StandardCharsets.UTF_8);
        Writer out = Files.newBufferedWriter(wide, StandardCharsets.UTF_8)) {
      CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in);
      CSVPrinter printer =
          CSVFormat.RFC4180.builder()
              .setRecordSeparator("\n")
              .setHeader(header.toArray(String[]::new))
              .get()
              .print(out);
      int n = 0;
      for (CSVRecord school : parser) {
        Map<String, String> values = school.toMap();
        CSVRecord template = templates.get(n++ % templates.size());
        List<String> row = new ArrayList<>(header.size());
        for (String name : header) {
          String value = values.get(name);
          row.add(value != null ? value : template.get(name));
        }
        printer.printRecord(row);
      }
      printer.flush();
    }
    Files.move(wide, selected, StandardCopyOption.REPLACE_EXISTING);
  }
}
