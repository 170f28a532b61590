package defercheck.check;

/**
 * A name whose declaration was refused as unsupported or was in error: uses of it are invalid without a
 * further message, so that one refusal never cascades into "undefined" errors.
 */
public record BadObj(String name) implements Obj { }
