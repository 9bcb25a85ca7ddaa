/** The HTTP control API of the standalone stubs; not public API. */
@org.jspecify.annotations.NullMarked
package vn.motcua.testkit.internal.control;
