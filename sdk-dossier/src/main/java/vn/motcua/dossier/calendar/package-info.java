/**
 * Vietnamese calendars for deadlines: the lunar calendar (UTC+7) and the working-day calendar of
 * Asia/Ho_Chi_Minh with public holidays and the government's yearly arrangements.
 */
@NullMarked
package vn.motcua.dossier.calendar;

import org.jspecify.annotations.NullMarked;
