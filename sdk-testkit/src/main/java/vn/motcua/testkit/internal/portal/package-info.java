/** Implementation of the stub portal: state, endpoints, fault plan, catalogue answers. */
@org.jspecify.annotations.NullMarked
package vn.motcua.testkit.internal.portal;
