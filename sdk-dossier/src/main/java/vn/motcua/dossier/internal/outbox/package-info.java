/** The outbox's table, claims and payload encoding. */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.internal.outbox;
