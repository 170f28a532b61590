/**
 * How the builtins print and println write float and complex values ({@code +1.500000e+000}), as the runtime
 * prints them. Uses nothing else of the model.
 */
package defercheck.lib.runtime;
