package vn.motcua.dossier.internal.code;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.code.DossierCodeExhaustedException;
import vn.motcua.dossier.code.DossierCodeIssuer;

/**
 * Counters in a concurrent map, one per unit and day. {@link ConcurrentMap#compute} updates a key
 * atomically, so concurrent calls for the same unit and day each get their own number; an exhausted
 * counter stays at 9999. One small entry per unit and day stays in memory.
 */
public final class InMemoryDossierCodeIssuer implements DossierCodeIssuer {
  private final ConcurrentMap<Key, Integer> counters = new ConcurrentHashMap<>();

  private record Key(AgencyCode agency, LocalDate date) {}

  @Override
  public DossierCode next(AgencyCode agency, LocalDate receiptDate) {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(receiptDate, "receiptDate");
    Codes.requireCodeDate(agency, receiptDate);
    int sequence =
        counters.compute(
            new Key(agency, receiptDate),
            (key, last) -> {
              int current = last == null ? 0 : last;
              if (current >= Codes.MAX_SEQUENCE) {
                throw new DossierCodeExhaustedException(agency, receiptDate);
              }
              return current + 1;
            });
    return DossierCode.of(agency, receiptDate, sequence);
  }

  @Override
  public String toString() {
    return "InMemoryDossierCodeIssuer[" + counters.size() + " counters]";
  }
}
