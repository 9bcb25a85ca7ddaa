/**
 * The JUnit 5 extension: {@link vn.motcua.testkit.junit.MotcuaStubs @MotcuaStubs} starts the stub
 * identity provider and the stub portal for a test class and injects {@link
 * vn.motcua.testkit.Stubs}.
 */
@NullMarked
package vn.motcua.testkit.junit;

import org.jspecify.annotations.NullMarked;
