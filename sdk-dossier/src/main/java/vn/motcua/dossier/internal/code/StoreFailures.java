package vn.motcua.dossier.internal.code;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Objects;
import vn.motcua.core.MotcuaException;

/** Turns database failures into motcua errors, and tells races worth retrying from the rest. */
final class StoreFailures {
  private StoreFailures() {}

  /**
   * Returns whether {@code e} comes from a concurrent transaction rather than a real failure: a
   * duplicate key on an insert another caller won, a serialization failure or deadlock, or H2's
   * concurrent-update and lock-timeout errors. Retrying after one of these makes progress.
   */
  static boolean isRace(SQLException e) {
    String state = Objects.requireNonNullElse(e.getSQLState(), "");
    int h2Code = e.getErrorCode();
    return state.equals("23505") // unique violation
        || state.equals("40001") // serialization failure
        || state.equals("40P01") // deadlock (PostgreSQL)
        || h2Code == 90131 // H2: concurrent update in another transaction
        || h2Code == 50200; // H2: lock timeout
  }

  /** Returns the error for a failure while trying to {@code what}. */
  static MotcuaException failed(String what, SQLException e) {
    boolean retryable =
        e instanceof SQLTransientException
            || e instanceof SQLRecoverableException
            || isRace(e)
            || Objects.requireNonNullElse(e.getSQLState(), "").startsWith("08");
    String message =
        "Cannot "
            + what
            + " (SQLState "
            + e.getSQLState()
            + "); check the database connection and the table's privileges";
    return new StoreFailedException(message, retryable, e);
  }

  /** A database failure, retryable when the database says the failure was transient. */
  static final class StoreFailedException extends MotcuaException {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    StoreFailedException(String message, boolean retryable, Throwable cause) {
      super(CounterStore.STORE_FAILED, message, cause);
      this.retryable = retryable;
    }

    @Override
    public boolean isRetryable() {
      return retryable;
    }
  }
}
