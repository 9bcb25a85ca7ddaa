package vn.motcua.core.json;

/** What reading does with an object property that the target type does not declare. */
public enum UnknownProperties {
  /**
   * Reject the input with {@code json.unknown_property}: the default, so that a misspelt field is
   * reported instead of silently dropped.
   */
  REJECT,

  /**
   * Skip the property, for forward compatibility with payloads from newer peers. A type that must
   * keep unknown properties collects them with {@code @JsonAnySetter}, which works in both modes.
   */
  IGNORE
}
