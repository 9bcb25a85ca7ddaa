package vn.motcua.dossier.catalogue;

/** The unit a processing time is stated in. */
public enum ProcessingTimeUnit {
  /** Working days (ngày làm việc): weekends and public holidays do not count. */
  WORKING_DAYS,
  /** Calendar days (ngày). */
  DAYS,
  /** Working hours (giờ làm việc), for procedures settled within the day. */
  WORKING_HOURS
}
