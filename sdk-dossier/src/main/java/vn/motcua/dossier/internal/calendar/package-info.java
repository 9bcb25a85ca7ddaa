/**
 * Implementation of the calendars: astronomy, lunar tables, holiday rules and arrangement files.
 */
@NullMarked
package vn.motcua.dossier.internal.calendar;

import org.jspecify.annotations.NullMarked;
