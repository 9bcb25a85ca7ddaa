package vn.motcua.dossier.internal.code;

import java.sql.SQLException;
import vn.motcua.core.MotcuaException;
import vn.motcua.dossier.internal.jdbc.Schemas;

/** Turns database failures into motcua errors, and tells races worth retrying from the rest. */
final class StoreFailures {
  private StoreFailures() {}

  /** Returns whether {@code e} comes from a concurrent transaction; see {@link Schemas#isRace}. */
  static boolean isRace(SQLException e) {
    return Schemas.isRace(e);
  }

  /** Returns the error for a failure while trying to {@code what}. */
  static MotcuaException failed(String what, SQLException e) {
    boolean retryable = Schemas.isTransient(e);
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
