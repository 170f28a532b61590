/**
 * The Unicode tables behind strconv.IsPrint and IsGraphic, per the Unicode version a Go release ships
 * (13.0.0 for Go 1.16 to 1.20, 15.0.0 from 1.21). Uses source for the Go version.
 */
package defercheck.lib.unicode;
