package vn.motcua.testkit.internal.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.FeeKind;
import vn.motcua.dossier.catalogue.ChannelOffer;
import vn.motcua.dossier.catalogue.ComponentDefinition;
import vn.motcua.dossier.catalogue.FeeItem;
import vn.motcua.dossier.catalogue.ProcedureDefinition;

/** Writes catalogue procedures as the portal's {@code LayThuTuc} and list entries. */
final class LayThuTucWriter {
  private LayThuTucWriter() {}

  /** Returns the {@code result[0]} element of {@code LayThuTuc} for {@code p}. */
  static Map<String, Object> detail(ProcedureDefinition p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("MATTHC", p.code().value());
    out.put("TENTTHC", p.name());
    out.put(
        "LINHVUCTHUCHIEN",
        List.of(Map.of("MALINHVUC", p.sector().code(), "TENLINHVUC", p.sector().name())));
    List<Object> ways = new ArrayList<>();
    for (ChannelOffer offer : p.channels()) {
      Map<String, Object> time = new LinkedHashMap<>();
      time.put("THOIGIANGIAIQUYET", offer.time().amount().toPlainString());
      time.put(
          "DONVITINH",
          switch (offer.time().unit()) {
            case WORKING_DAYS -> "Ngày làm việc";
            case WORKING_HOURS -> "Giờ làm việc";
            case DAYS -> "Ngày";
          });
      time.put("MOTA", offer.description() == null ? "" : offer.description());
      time.put("PHILEPHI", offer.fees().stream().map(LayThuTucWriter::fee).toList());
      ways.add(Map.of("KENH", String.valueOf(offer.channel().code()), "THOIGIAN", List.of(time)));
    }
    out.put("CACHTHUCTHUCHIEN", ways);
    List<Object> components = new ArrayList<>();
    for (ComponentDefinition c : p.components()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("GIAYTO", c.name());
      item.put("MAGIAYTO", c.code());
      item.put("TENMAUDON", "");
      item.put("URL", c.templateUrl().map(Object::toString).orElse(""));
      item.put("BATBUOC", c.required() ? "1" : "0");
      components.add(item);
    }
    out.put("THANHPHANHOSO", components);
    out.put("TRANGTHAI", "1");
    return out;
  }

  /** Returns the {@code LayDanhSachTTHC} entry for {@code p}. */
  static Map<String, Object> summary(ProcedureDefinition p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("MATTHC", p.code().value());
    out.put("TENTTHC", p.name());
    out.put("MALINHVUC", p.sector().code());
    out.put("TENLINHVUC", p.sector().name());
    return out;
  }

  private static Map<String, Object> fee(FeeItem f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("MAPHILEPHI", f.code());
    out.put("SOTIEN", f.amount() == null ? "" : String.valueOf(f.amount()));
    out.put("DONVI", "Đồng");
    String prefix = f.kind() == FeeKind.CHARGE ? "Lệ phí " : f.kind() == FeeKind.FEE ? "Phí " : "";
    out.put("MOTA", f.name().startsWith(prefix.strip()) ? f.name() : prefix + f.name());
    return out;
  }
}
