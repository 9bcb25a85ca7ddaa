/** A stateful stub of the national portal's DVCQG adapter and of an LGSP gateway, with faults. */
@org.jspecify.annotations.NullMarked
package vn.motcua.testkit.portal;
