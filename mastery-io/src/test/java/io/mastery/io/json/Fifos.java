package io.mastery.io.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Named pipes for tests, made in the build's target folder with {@code mkfifo} where it exists. */
final class Fifos {

  private Fifos() {}

  /** Makes a named pipe, or returns null where the system cannot make one. */
  static @Nullable Path make(String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "hostile"));
    Path fifo = dir.resolve(name);
    Files.deleteIfExists(fifo);
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
    } catch (java.io.IOException e) {
      return null;
    }
    return fifo;
  }
}
