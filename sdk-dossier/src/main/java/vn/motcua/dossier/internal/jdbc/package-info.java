/** Database plumbing shared by motcua's tables: dialects, transactions and schema versions. */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.internal.jdbc;
