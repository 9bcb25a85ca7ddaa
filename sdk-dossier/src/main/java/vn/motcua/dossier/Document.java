package vn.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * A file submitted with the dossier (tài liệu nộp, tệp đính kèm): which component of the procedure
 * it fulfils, its name, media type, size, SHA-256 digest, and where its bytes are — a download URL
 * or a reference into the caller's own store.
 *
 * <p>Media type, size and digest may be absent on a document taken over from the portal, whose
 * payload does not carry them; validation requires them. A document without a component code is an
 * additional attachment. Immutable and thread-safe; {@link #toString()} leaves out the name and
 * location, which can hold personal data or access tokens.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({
  "id",
  "componentCode",
  "name",
  "mediaType",
  "size",
  "sha256",
  "url",
  "contentRef",
  "certifiedCopy",
  "signed"
})
public final class Document {
  private static final Set<String> PROPERTIES =
      Set.of(
          "id",
          "componentCode",
          "name",
          "mediaType",
          "size",
          "sha256",
          "url",
          "contentRef",
          "certifiedCopy",
          "signed");

  @NotBlank
  @Size(max = 100)
  @JsonProperty("id")
  private final String id;

  @Size(max = 100)
  @JsonProperty("componentCode")
  private final @Nullable String componentCode;

  @NotBlank
  @Size(max = 255)
  @JsonProperty("name")
  private final String name;

  @NotNull
  @Size(max = 255)
  @JsonProperty("mediaType")
  private final @Nullable String mediaType;

  @NotNull
  @Positive
  @JsonProperty("size")
  private final @Nullable Long size;

  @NotNull
  @JsonProperty("sha256")
  private final @Nullable String sha256;

  @JsonProperty("url")
  private final @Nullable URI url;

  @Size(max = 1000)
  @JsonProperty("contentRef")
  private final @Nullable String contentRef;

  @JsonProperty("certifiedCopy")
  private final boolean certifiedCopy;

  @JsonProperty("signed")
  private final boolean signed;

  private final Map<String, JsonNode> extensions;

  private Document(Builder b) {
    this.id = Objects.requireNonNull(b.id);
    this.componentCode = b.componentCode;
    this.name = Objects.requireNonNull(b.name);
    this.mediaType = b.mediaType;
    this.size = b.size;
    this.sha256 = b.sha256;
    this.url = b.url;
    this.contentRef = b.contentRef;
    this.certifiedCopy = b.certifiedCopy;
    this.signed = b.signed;
    this.extensions = Extensions.copy(b.extensions, PROPERTIES);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.componentCode = componentCode;
    b.name = name;
    b.mediaType = mediaType;
    b.size = size;
    b.sha256 = sha256;
    b.url = url;
    b.contentRef = contentRef;
    b.certifiedCopy = certifiedCopy;
    b.signed = signed;
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static Document fromJson(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("componentCode") @Nullable String componentCode,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("mediaType") @Nullable String mediaType,
      @JsonProperty("size") @Nullable Long size,
      @JsonProperty("sha256") @Nullable String sha256,
      @JsonProperty("url") @Nullable URI url,
      @JsonProperty("contentRef") @Nullable String contentRef,
      @JsonProperty("certifiedCopy") @Nullable Boolean certifiedCopy,
      @JsonProperty("signed") @Nullable Boolean signed,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Builder b = new Builder();
    b.id = id;
    b.componentCode = componentCode;
    b.name = name;
    b.mediaType = mediaType;
    b.size = size;
    b.sha256 = sha256;
    b.url = url;
    b.contentRef = contentRef;
    b.certifiedCopy = certifiedCopy != null && certifiedCopy;
    b.signed = signed != null && signed;
    b.extensions = extensions;
    return b.build();
  }

  /** Returns the file's id in the receiving system ({@code TepDinhKemId}). */
  public String id() {
    return id;
  }

  /**
   * Returns the code of the procedure's component this document fulfils ({@code MaThanhPhanHoSo}).
   */
  public Optional<String> componentCode() {
    return Optional.ofNullable(componentCode);
  }

  /** Returns the file's name ({@code TenTepDinhKem}). */
  public String name() {
    return name;
  }

  /** Returns the media type, such as {@code application/pdf}. */
  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  /** Returns the size in bytes. */
  public Optional<Long> size() {
    return Optional.ofNullable(size);
  }

  /** Returns the SHA-256 digest of the bytes, 64 lowercase hex digits. */
  public Optional<String> sha256() {
    return Optional.ofNullable(sha256);
  }

  /** Returns the download URL ({@code DuongDanTaiTepTin}). */
  public Optional<URI> url() {
    return Optional.ofNullable(url);
  }

  /** Returns a reference to the bytes in the caller's own store. */
  public Optional<String> contentRef() {
    return Optional.ofNullable(contentRef);
  }

  /** Returns whether the file is a certified copy (bản sao chứng thực). */
  public boolean certifiedCopy() {
    return certifiedCopy;
  }

  /** Returns whether the file carries a digital signature. */
  public boolean signed() {
    return signed;
  }

  /**
   * Returns the properties read leniently that this version does not know, kept so that writing the
   * object back loses nothing; empty for objects built in code. A copy: changing it changes nothing
   * here.
   */
  public Map<String, JsonNode> extensions() {
    return Extensions.exposed(extensions);
  }

  @JsonAnyGetter
  private Map<String, JsonNode> jsonExtensions() {
    return extensions;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Document other
        && id.equals(other.id)
        && Objects.equals(componentCode, other.componentCode)
        && name.equals(other.name)
        && Objects.equals(mediaType, other.mediaType)
        && Objects.equals(size, other.size)
        && Objects.equals(sha256, other.sha256)
        && Objects.equals(url, other.url)
        && Objects.equals(contentRef, other.contentRef)
        && certifiedCopy == other.certifiedCopy
        && signed == other.signed
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        componentCode,
        name,
        mediaType,
        size,
        sha256,
        url,
        contentRef,
        certifiedCopy,
        signed,
        extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "Document[id="
        + id
        + ", component="
        + componentCode
        + ", mediaType="
        + mediaType
        + ", size="
        + size
        + "]";
  }

  /** Builds a {@link Document}; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String componentCode;
    private @Nullable String name;
    private @Nullable String mediaType;
    private @Nullable Long size;
    private @Nullable String sha256;
    private @Nullable URI url;
    private @Nullable String contentRef;
    private boolean certifiedCopy;
    private boolean signed;
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets the file's id in the receiving system ({@code TepDinhKemId}). Required. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the code of the procedure's component this document fulfils ({@code MaThanhPhanHoSo}).
     * {@code null} clears it.
     */
    public Builder componentCode(@Nullable String componentCode) {
      this.componentCode = componentCode;
      return this;
    }

    /** Sets the file's name ({@code TenTepDinhKem}). Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the media type, such as {@code application/pdf}. {@code null} clears it. */
    public Builder mediaType(@Nullable String mediaType) {
      this.mediaType = mediaType;
      return this;
    }

    /** Sets the size in bytes. {@code null} clears it. */
    public Builder size(@Nullable Long size) {
      this.size = size;
      return this;
    }

    /** Sets the SHA-256 digest of the bytes, 64 lowercase hex digits. {@code null} clears it. */
    public Builder sha256(@Nullable String sha256) {
      this.sha256 = sha256;
      return this;
    }

    /** Sets the download URL ({@code DuongDanTaiTepTin}). {@code null} clears it. */
    public Builder url(@Nullable URI url) {
      this.url = url;
      return this;
    }

    /** Sets a reference to the bytes in the caller's own store. {@code null} clears it. */
    public Builder contentRef(@Nullable String contentRef) {
      this.contentRef = contentRef;
      return this;
    }

    /** Sets whether the file is a certified copy (bản sao chứng thực). Default {@code false}. */
    public Builder certifiedCopy(boolean certifiedCopy) {
      this.certifiedCopy = certifiedCopy;
      return this;
    }

    /** Sets whether the file carries a digital signature. Default {@code false}. */
    public Builder signed(boolean signed) {
      this.signed = signed;
      return this;
    }

    /**
     * Sets unknown properties to carry for forward compatibility; their names must not be declared
     * properties of this type.
     */
    public Builder extensions(Map<String, JsonNode> extensions) {
      this.extensions = Objects.requireNonNull(extensions, "extensions");
      return this;
    }

    /**
     * Returns the Document.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code id}, {@code name})
     */
    public Document build() {
      Required.of("Document").check(id, "id").check(name, "name").done();
      return new Document(this);
    }
  }
}
