package defercheck.cli;

import picocli.CommandLine;

/** {@code --shard I/N}: the I-th (1-based) of N rank ranges that partition [0, size) exactly. */
final class Shards {
    private Shards() {
    }

    static long[] range(CommandLine cli, String shard, long size) {
        if (shard == null) {
            return new long[] {0, size};
        }
        String[] parts = shard.split("/");
        int i;
        int n;
        try {
            i = Integer.parseInt(parts[0].trim());
            n = Integer.parseInt(parts[1].trim());
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(cli, "--shard wants I/N, for example 2/4, got '" + shard + "'");
        }
        if (parts.length != 2 || n < 1 || i < 1 || i > n) {
            throw new CommandLine.ParameterException(cli, "--shard wants I/N with 1 <= I <= N, got '" + shard + "'");
        }
        return new long[] {bound(size, i - 1, n), bound(size, i, n)};
    }

    /** floor(size * k / n) without overflow. */
    static long bound(long size, int k, int n) {
        return java.math.BigInteger.valueOf(size).multiply(java.math.BigInteger.valueOf(k))
                .divide(java.math.BigInteger.valueOf(n)).longValueExact();
    }
}
