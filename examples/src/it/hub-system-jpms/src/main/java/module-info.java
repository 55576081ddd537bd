/** A hub system as a named module: mastery-io brings mastery-model and mastery-rules. */
module org.example.hub {
  requires io.mastery.io;
}
