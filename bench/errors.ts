/** A page or build the benchmark could not measure; reported, not thrown past main. */
export class BenchError extends Error {}
