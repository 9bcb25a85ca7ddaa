/** Implementation of the portal clients: envelopes, error translation, sessions and tokens. */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.internal.portal;
