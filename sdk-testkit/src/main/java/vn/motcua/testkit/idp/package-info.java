/**
 * A stub of the national SSO's OpenID Connect provider on WireMock: real signed tokens for
 * synthetic personas, client registration, and fault injection for relying-party tests.
 */
@NullMarked
package vn.motcua.testkit.idp;

import org.jspecify.annotations.NullMarked;
