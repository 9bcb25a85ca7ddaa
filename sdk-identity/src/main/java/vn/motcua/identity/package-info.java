/**
 * OpenID Connect identity for motcua: complete ID-token verification ({@link
 * vn.motcua.identity.IdTokenVerifier}), the provider's keys ({@link
 * vn.motcua.identity.JwksSource}), levels of assurance ({@link vn.motcua.identity.AssuranceLevel})
 * and the verified citizen or business ({@link vn.motcua.identity.CitizenIdentity}) mapped by a
 * {@link vn.motcua.identity.ClaimProfile}.
 */
@NullMarked
package vn.motcua.identity;

import org.jspecify.annotations.NullMarked;
