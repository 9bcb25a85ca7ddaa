package vn.motcua.dossier.internal.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRules;
import vn.motcua.dossier.Fee;
import vn.motcua.dossier.catalogue.ChannelOffer;
import vn.motcua.dossier.catalogue.ComponentDefinition;
import vn.motcua.dossier.catalogue.ComponentForm;
import vn.motcua.dossier.catalogue.FeeItem;
import vn.motcua.dossier.catalogue.ProcedureDefinition;

/** The rules that hold a dossier against its procedure's definition in the catalogue. */
public final class ProcedureChecks {
  private ProcedureChecks() {}

  /** Checks channel, applicant kind, components and fees of {@code d} against {@code p}. */
  public static void check(Dossier d, ProcedureDefinition p, Problems problems) {
    List<ChannelOffer> offers =
        p.channels().stream().filter(o -> o.channel() == d.channel()).toList();
    if (offers.isEmpty()) {
      problems.add("/channel", DossierRules.CHANNEL_NOT_OFFERED);
    } else {
      checkFees(d.fees(), offers, problems);
    }
    if (!p.applicantKinds().isEmpty() && !p.applicantKinds().contains(d.applicant().kind())) {
      problems.add("/applicant/kind", DossierRules.APPLICANT_KIND_NOT_ALLOWED);
    }
    checkComponents(d.documents(), p.components(), problems);
  }

  private static void checkComponents(
      List<Document> documents, List<ComponentDefinition> components, Problems problems) {
    Map<String, ComponentDefinition> byCode = new HashMap<>();
    components.forEach(c -> byCode.put(c.code(), c));
    for (int i = 0; i < documents.size(); i++) {
      Document doc = documents.get(i);
      String code = doc.componentCode().orElse(null);
      if (code == null) {
        continue; // an additional attachment, outside the procedure's list
      }
      String at = "/documents/" + i;
      ComponentDefinition component = byCode.get(code);
      if (component == null) {
        problems.add(at + "/componentCode", DossierRules.COMPONENT_UNKNOWN);
        continue;
      }
      String mediaType = DossierChecks.mediaTypeEssence(doc.mediaType().orElse(null));
      if (mediaType != null && !component.mediaTypes().isEmpty()) {
        Set<String> accepted =
            component.mediaTypes().stream()
                .map(m -> m.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (!accepted.contains(mediaType)) {
          problems.add(at + "/mediaType", DossierRules.MEDIA_TYPE_NOT_ACCEPTED);
        }
      }
      Long max = component.maxSize().orElse(null);
      Long size = doc.size().orElse(null);
      if (max != null && size != null && size > max) {
        problems.add(at + "/size", DossierRules.DOCUMENT_TOO_LARGE, Map.of("max", max));
      }
      if (component.form().orElse(null) == ComponentForm.CERTIFIED_COPY && !doc.certifiedCopy()) {
        problems.add(at + "/certifiedCopy", DossierRules.CERTIFIED_COPY_REQUIRED);
      }
    }
    for (ComponentDefinition component : components) {
      if (component.required()
          && documents.stream()
              .noneMatch(doc -> doc.componentCode().filter(component.code()::equals).isPresent())) {
        problems.add(
            "/documents", DossierRules.COMPONENT_MISSING, Map.of("component", component.code()));
      }
    }
  }

  private static void checkFees(List<Fee> fees, List<ChannelOffer> offers, Problems problems) {
    Map<String, FeeItem> items = new HashMap<>();
    offers.forEach(o -> o.fees().forEach(f -> items.putIfAbsent(f.code(), f)));
    for (int i = 0; i < fees.size(); i++) {
      Fee fee = fees.get(i);
      String at = "/fees/" + i;
      FeeItem item = fee.code().map(items::get).orElse(null);
      if (item == null) {
        problems.add(fee.code().isPresent() ? at + "/code" : at, DossierRules.FEE_UNKNOWN);
        continue;
      }
      if (item.amount() != null && item.amount() != fee.amount()) {
        problems.add(
            at + "/amount", DossierRules.FEE_AMOUNT_MISMATCH, Map.of("expected", item.amount()));
      }
      if (item.kind() != null && item.kind() != fee.kind()) {
        problems.add(at + "/kind", DossierRules.FEE_KIND_MISMATCH);
      }
    }
  }
}
