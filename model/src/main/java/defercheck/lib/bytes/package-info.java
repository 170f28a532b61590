/**
 * Package bytes' Buffer as a value with Go's exact capacities ({@link defercheck.lib.bytes.BytesBuffer}). The
 * byte-slice functions Equal, Compare, Contains, Index, HasPrefix... compute what their strings counterparts
 * in {@code lib.strings} compute on the same bytes (a []byte's contents as a byte string).
 */
package defercheck.lib.bytes;
