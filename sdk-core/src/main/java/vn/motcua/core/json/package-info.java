/**
 * The one hardened JSON mapper every motcua module uses: strict parsing, bounded input, ISO-8601
 * dates, and failures reported with the JSON path of the problem and never the offending value.
 */
@NullMarked
package vn.motcua.core.json;

import org.jspecify.annotations.NullMarked;
