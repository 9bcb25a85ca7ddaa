package vn.motcua.examples.desk;

import java.util.ArrayDeque;
import java.util.Deque;

/** Closes what the desk opened, last opened first, and goes on when one close fails. */
final class Closer implements AutoCloseable {
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();

  <T extends AutoCloseable> T add(T resource) {
    resources.push(resource);
    return resource;
  }

  @Override
  public void close() {
    RuntimeException first = null;
    while (!resources.isEmpty()) {
      try {
        resources.pop().close();
      } catch (Exception e) {
        if (first == null) {
          first = new IllegalStateException("closing a resource failed", e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
