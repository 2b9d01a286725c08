package io.planmonitor.seed.bench;

/** The benchmarks' settings, from the environment scripts/bench/*.sh pass on. */
final class BenchEnv {

    private BenchEnv() {
    }

    static String get(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String required(String name) {
        String value = get(name, null);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the benchmark through scripts/bench/");
        }
        return value;
    }
}
