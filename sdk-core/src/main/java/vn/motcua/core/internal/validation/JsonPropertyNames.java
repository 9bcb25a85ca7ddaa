package vn.motcua.core.internal.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.AnnotatedElement;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;
import org.jspecify.annotations.Nullable;

/**
 * Names properties in validation paths as they are named in JSON, so that a violation's pointer
 * points into the document the caller sent: a field declared {@code @JsonProperty("MaHoSo") String
 * code} appears as {@code /MaHoSo}, not {@code /code}.
 */
final class JsonPropertyNames implements PropertyNodeNameProvider {

  @Override
  public String getName(Property property) {
    if (property instanceof JavaBeanProperty bean) {
      JsonProperty annotation = annotation(bean);
      if (annotation != null && !annotation.value().isEmpty()) {
        return annotation.value();
      }
    }
    return property.getName();
  }

  private static @Nullable JsonProperty annotation(JavaBeanProperty bean) {
    Class<?> owner = bean.getDeclaringClass();
    JsonProperty onField = find(() -> owner.getDeclaredField(bean.getName()));
    return onField != null ? onField : find(() -> owner.getDeclaredMethod(bean.getMemberName()));
  }

  private static @Nullable JsonProperty find(Member member) {
    try {
      return member.get().getAnnotation(JsonProperty.class);
    } catch (ReflectiveOperationException | SecurityException e) {
      return null; // no such member: the property is named after the other one
    }
  }

  @FunctionalInterface
  private interface Member {
    AnnotatedElement get() throws ReflectiveOperationException;
  }
}
