package io.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.mastery.model.testkit.Area;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The shape of the model's public API, checked by reflection over its compiled classes. */
@Tag(Area.TAG_MECHANICS)
@DisplayName("The model's public API")
class ModelApiProperties {

  private static final URL MAIN_CLASSES =
      MasteryStyle.class.getProtectionDomain().getCodeSource().getLocation();

  private static List<Class<?>> modelClasses() throws IOException {
    ClassLoader loader = MasteryStyle.class.getClassLoader();
    List<Class<?>> classes = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(loader).getTopLevelClassesRecursive("io.mastery.model")) {
      Class<?> type = info.load();
      if (MAIN_CLASSES.equals(type.getProtectionDomain().getCodeSource().getLocation())) {
        classes.add(type);
      }
    }
    return classes;
  }

  private static Stream<Class<?>> withNested(Class<?> type) {
    return Stream.concat(
        Stream.of(type),
        Arrays.stream(type.getDeclaredClasses()).flatMap(ModelApiProperties::withNested));
  }

  private static boolean isGenerated(Class<?> type) {
    return type.getSimpleName().startsWith("Immutable");
  }

  private static boolean isOrIsInAGeneratedClass(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (isGenerated(c)) {
        return true;
      }
    }
    return false;
  }

  @Test
  @DisplayName("every class Immutables generates is package-private")
  void everyGeneratedClassIsPackagePrivate() throws IOException {
    List<Class<?>> generated =
        modelClasses().stream().filter(ModelApiProperties::isGenerated).toList();
    assertThat(generated).isNotEmpty();
    assertThat(generated)
        .allSatisfy(
            type -> {
              assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse();
              assertThat(Modifier.isProtected(type.getModifiers())).as(type.getName()).isFalse();
            });
  }

  @Test
  @DisplayName("no public method of a public type takes or returns a generated type")
  void publicSignaturesShowOnlyHandWrittenTypes() throws IOException {
    List<String> leaks = new ArrayList<>();
    modelClasses().stream()
        .flatMap(ModelApiProperties::withNested)
        .filter(type -> Modifier.isPublic(type.getModifiers()))
        .forEach(
            type -> {
              for (Method method : type.getMethods()) {
                Stream.concat(
                        Stream.of(method.getReturnType()),
                        Arrays.stream(method.getParameterTypes()))
                    .map(t -> t.isArray() ? t.getComponentType() : t)
                    .filter(ModelApiProperties::isOrIsInAGeneratedClass)
                    .forEach(
                        t ->
                            leaks.add(
                                type.getSimpleName()
                                    + "."
                                    + method.getName()
                                    + " uses "
                                    + t.getName()));
              }
            });
    assertThat(leaks).isEmpty();
  }

  @Test
  @DisplayName("every public type of the model has a Properties class of its own")
  void everyPublicTypeHasProperties() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : modelClasses()) {
      if (!Modifier.isPublic(type.getModifiers()) || type.isAnnotation()) {
        continue;
      }
      String specification = type.getName() + "Properties";
      try {
        Class.forName(specification, false, MasteryStyle.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        missing.add(specification);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  @DisplayName("every model type with a builder exposes it as a public nested Builder")
  void buildersArePublicNestedTypes() throws IOException {
    for (Class<?> type : modelClasses()) {
      if (isGenerated(type)) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (method.getName().equals("builder") && Modifier.isPublic(method.getModifiers())) {
          assertThat(method.getReturnType().getEnclosingClass()).isEqualTo(type);
          assertThat(method.getReturnType().getSimpleName()).isEqualTo("Builder");
          assertThat(Modifier.isPublic(method.getReturnType().getModifiers())).isTrue();
        }
      }
    }
  }
}
