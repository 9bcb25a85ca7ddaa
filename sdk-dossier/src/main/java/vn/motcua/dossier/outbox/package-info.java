/**
 * The durable submission outbox: dossiers and processing steps committed to a database table, then
 * delivered to the portal by a {@link vn.motcua.dossier.outbox.Dispatcher} exactly once.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.outbox;
