/**
 * The math functions whose results Go defines exactly (Abs, Floor, Sqrt, Mod, Frexp, Pow with integer or
 * half exponents, ...), bit for bit. Uses nothing else of the model.
 */
package defercheck.lib.math;
