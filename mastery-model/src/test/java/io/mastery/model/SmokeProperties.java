package io.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.workgroup.WorkGroup;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SmokeProperties {
  @Property(tries = 50)
  boolean everyGeneratedWorkGroupHasAnId(@ForAll WorkGroup group) {
    assertThat(group.id().value()).isNotEmpty();
    return true;
  }
}
