package vn.motcua.testkit.persona;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.testkit.internal.persona.PersonaPackReader;

/**
 * An immutable, thread-safe set of {@link Persona personas} with one default: the people a stub
 * identity provider can sign in.
 *
 * <p>{@link #defaults()} is motcua's synthetic pack: 21 citizens (one of them deliberately
 * inconsistent) and 5 businesses spread over provinces, centuries, sexes and both account levels,
 * with identifiers that pass motcua-core's format checks. Vendors supply their own with {@link
 * #from(InputStream)} in the same JSON layout (see {@code docs/testing-identity-stub.md}).
 */
public final class PersonaPack {
  private static final String DEFAULT_RESOURCE = "personas.json";

  private final List<Persona> all;
  private final Map<String, Persona> byId;
  private final Map<String, Persona> byPersonalIdNumber;
  private final Persona defaultPersona;

  private PersonaPack(List<Persona> personas, String defaultPersonaId) {
    Map<String, Persona> ids = new LinkedHashMap<>();
    Map<String, Persona> numbers = new LinkedHashMap<>();
    for (Persona persona : personas) {
      if (ids.put(persona.id(), persona) != null) {
        throw new IllegalArgumentException("two personas share the id " + persona.id());
      }
      numbers.putIfAbsent(persona.personalIdNumber().value(), persona);
    }
    Persona chosen = ids.get(defaultPersonaId);
    if (chosen == null) {
      throw new IllegalArgumentException("no persona has the default id " + defaultPersonaId);
    }
    this.all = List.copyOf(personas);
    this.byId = Collections.unmodifiableMap(ids);
    this.byPersonalIdNumber = Collections.unmodifiableMap(numbers);
    this.defaultPersona = chosen;
  }

  /** Returns motcua's synthetic pack, read once from the testkit jar. */
  public static PersonaPack defaults() {
    return Defaults.PACK;
  }

  /**
   * Reads a pack from JSON in the layout of the shipped {@code personas.json}; the stream is not
   * closed. The pack must declare {@code "synthetic": true}, so that real people's data is not
   * loaded into a stub by mistake.
   *
   * @throws InvalidInputException with a {@code json.*} code when the JSON is malformed or has
   *     unknown fields, or with code {@code testkit.persona_pack.invalid} whose report lists every
   *     broken rule (missing field, identifier in the wrong format, duplicate id, unknown default)
   *     with its JSON path
   * @throws MotcuaException with code {@code json.read_failed} when the stream fails
   */
  public static PersonaPack from(InputStream json) {
    return PersonaPackReader.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * Returns a pack of the given personas.
   *
   * @throws IllegalArgumentException if the list is empty, two personas share an id, or none has
   *     {@code defaultPersonaId}
   */
  public static PersonaPack of(List<Persona> personas, String defaultPersonaId) {
    if (personas.isEmpty()) {
      throw new IllegalArgumentException("a persona pack needs at least one persona");
    }
    return new PersonaPack(personas, Objects.requireNonNull(defaultPersonaId, "defaultPersonaId"));
  }

  /** Returns every persona, in pack order. */
  public List<Persona> all() {
    return all;
  }

  /** Returns the citizen personas, in pack order. */
  public List<Persona> citizens() {
    return ofKind(PersonaKind.CITIZEN);
  }

  /** Returns the business personas, in pack order. */
  public List<Persona> businesses() {
    return ofKind(PersonaKind.BUSINESS);
  }

  /** Returns the persona with this id, such as {@code citizen-01}. */
  public Optional<Persona> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Returns the (first) persona holding this 12-digit personal ID number. */
  public Optional<Persona> findByPersonalIdNumber(String digits) {
    return Optional.ofNullable(byPersonalIdNumber.get(digits.strip()));
  }

  /**
   * Returns the persona with this id.
   *
   * @throws IllegalArgumentException if the pack has no such persona
   */
  public Persona get(String id) {
    return find(id)
        .orElseThrow(() -> new IllegalArgumentException("the pack has no persona " + id));
  }

  /** Returns the persona signed in when a login request names none. */
  public Persona defaultPersona() {
    return defaultPersona;
  }

  /** Returns the number of personas. */
  public int size() {
    return all.size();
  }

  private List<Persona> ofKind(PersonaKind kind) {
    List<Persona> out = new ArrayList<>();
    for (Persona persona : all) {
      if (persona.kind() == kind) {
        out.add(persona);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PersonaPack other
        && all.equals(other.all)
        && defaultPersona.id().equals(other.defaultPersona.id());
  }

  @Override
  public int hashCode() {
    return Objects.hash(all, defaultPersona.id());
  }

  @Override
  public String toString() {
    return "PersonaPack[" + all.size() + " personas, default=" + defaultPersona.id() + "]";
  }

  /** Loads the shipped pack on first use only. */
  private static final class Defaults {
    static final PersonaPack PACK = load();

    private static PersonaPack load() {
      try (InputStream in = PersonaPack.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new MotcuaException(
              "testkit.persona_pack.unreadable",
              "The persona resource vn/motcua/testkit/persona/personas.json is missing from the"
                  + " classpath; check that the motcua-testkit jar is complete");
        }
        return from(in);
      } catch (IOException e) {
        throw new MotcuaException(
            "testkit.persona_pack.unreadable",
            "Cannot read the persona resource vn/motcua/testkit/persona/personas.json",
            e);
      }
    }
  }
}
