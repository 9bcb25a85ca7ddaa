/**
 * Clients for the national portal's DVCQG adapter and provincial LGSP gateways, and their errors.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier.portal;
