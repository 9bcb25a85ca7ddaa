package vn.motcua.dossier.internal.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.h2.Driver;
import org.jspecify.annotations.Nullable;

/**
 * The connections of an embedded H2 database owned by motcua: opened on demand, at most {@code max}
 * at a time, and kept open between uses.
 *
 * <p>H2's own {@code JdbcConnectionPool} rolls back every connection handed back to it, and an H2
 * rollback discards the session's cache of parsed statements, so every statement on a pooled
 * connection is parsed and planned again. Here a connection handed back in auto-commit mode has
 * nothing to roll back and keeps its cache; one handed back inside a transaction is rolled back and
 * returned to auto-commit, as a pool must. A connection that cannot be reset, or was closed by the
 * database, is closed and replaced later.
 *
 * <p>Handles are proxies of the session's connection: {@link Connection#close()} returns the
 * session, a closed handle refuses every other call, and statements made through it belong to the
 * session (close them, as with any pool). Only motcua's own stores use these connections; they
 * reach this class through {@link EmbeddedDataSource#open}.
 */
final class EmbeddedConnections implements EmbeddedDataSource {

  private final String url;
  private final Properties credentials;
  private final Semaphore permits;
  private final Duration wait;
  private final Driver driver = Driver.load();

  /**
   * Open sessions not in use, most recently returned first; also the monitor of {@link #closed}.
   */
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();

  private boolean closed;

  /**
   * Connections to the H2 database {@code url} as user {@code sa}, at most {@code max} in use, a
   * caller waiting at most {@code wait} for one.
   */
  EmbeddedConnections(String url, int max, Duration wait) {
    if (!url.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException("not an H2 URL");
    }
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1");
    }
    this.url = url;
    this.credentials = new Properties();
    credentials.setProperty("user", "sa");
    credentials.setProperty("password", "");
    this.permits = new Semaphore(max, true);
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  @Override
  public Connection getConnection() throws SQLException {
    // A free connection is handed out whatever the caller's interrupt status, as H2's own pool
    // does; only waiting for one is interruptible.
    boolean acquired = permits.tryAcquire();
    try {
      if (!acquired) {
        acquired = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a database connection", "08001", e);
    }
    if (!acquired) {
      throw new SQLException(
          "no database connection became free within " + wait.toMillis() + " ms", "08001");
    }
    try {
      Connection session = idleSession();
      if (session == null) {
        session = driver.connect(url, credentials);
      }
      return handle(session);
    } catch (SQLException | RuntimeException | Error e) {
      permits.release();
      throw e;
    }
  }

  /** Returns an open idle session, or null; sessions the database closed meanwhile are dropped. */
  private @Nullable Connection idleSession() throws SQLException {
    while (true) {
      Connection session;
      synchronized (idle) {
        if (closed) {
          throw new SQLException("the embedded database is closed", "08003");
        }
        session = idle.pollFirst();
      }
      if (session == null) {
        return null;
      }
      boolean open;
      try {
        open = !session.isClosed();
      } catch (SQLException e) {
        open = false;
      }
      if (open) {
        return session;
      }
      closeQuietly(session); // the database was shut down or failed while it sat idle
    }
  }

  /** Takes back {@code session} from a closed handle. */
  private void giveBack(Connection session) {
    try {
      boolean reusable;
      try {
        if (session.isClosed()) {
          reusable = false;
        } else {
          if (!session.getAutoCommit()) {
            session.rollback();
            session.setAutoCommit(true);
          }
          reusable = true;
        }
      } catch (SQLException e) {
        reusable = false;
      }
      synchronized (idle) {
        if (reusable && !closed) {
          idle.addFirst(session);
          return;
        }
      }
      closeQuietly(session);
    } finally {
      permits.release();
    }
  }

  private static void closeQuietly(Connection session) {
    try {
      session.close();
    } catch (SQLException ignored) {
      // Being discarded: nothing more can be done with it.
    }
  }

  /** Returns how many open sessions wait for a caller (for tests). */
  int idleCount() {
    synchronized (idle) {
      return idle.size();
    }
  }

  @Override
  public void close() {
    ArrayDeque<Connection> toClose;
    synchronized (idle) {
      closed = true;
      toClose = new ArrayDeque<>(idle);
      idle.clear();
    }
    toClose.forEach(EmbeddedConnections::closeQuietly);
  }

  private Connection handle(Connection session) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new Handle(session));
  }

  /** One use of a session: closing it gives the session back. */
  private final class Handle implements InvocationHandler {
    private final Connection session;
    private boolean released;

    Handle(Connection session) {
      this.session = session;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args)
        throws Throwable {
      switch (method.getName()) {
        case "close":
          release();
          return null;
        case "isClosed":
          return isReleased() || session.isClosed();
        case "equals":
          return args != null && proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "EmbeddedConnection[" + (isReleased() ? "closed" : "open") + "]";
        default:
          break;
      }
      if (isReleased()) {
        throw new SQLException("the connection is closed", "08003");
      }
      try {
        return method.invoke(session, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private synchronized boolean isReleased() {
      return released;
    }

    private void release() {
      synchronized (this) {
        if (released) {
          return;
        }
        released = true;
      }
      giveBack(session);
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the embedded database has one user");
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // No driver log: motcua logs through SLF4J.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // Embedded: opening a session does not wait on a network.
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
