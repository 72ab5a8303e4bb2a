// How the benchmark decides on timings, which depend on the machine as much as on the site: pure
// functions, so each decision is unit-tested. Sizes, requests, CLS and the audits are judged as
// they are (budgets.ts); only timings go through here.

/** The `q` quantile (0 to 1) of `values`, interpolated between the two nearest; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)] ?? Number.NaN;
  const above = sorted[Math.ceil(at)] ?? Number.NaN;
  return below + (above - below) * (at - Math.floor(at));
}

/** The middle of a set of measurements and its spread: the middle half lies between low and high. */
export interface Spread {
  median: number;
  /** Lower quartile. */
  low: number;
  /** Upper quartile. */
  high: number;
}

export function spreadOf(values: readonly number[]): Spread {
  return { median: quantile(values, 0.5), low: quantile(values, 0.25), high: quantile(values, 0.75) };
}

/** One measurement in the order it was taken: the floor's or a page's. */
export interface Timed {
  name: string;
  value: number;
}

/**
 * Each page measurement divided by the floor measured just before and just after it (their mean,
 * or the one there is): load that comes and goes on the machine hits both sides of each ratio
 * alike. Pages measured with no floor around them get no ratio.
 */
export function ratiosToNeighbouringFloors(sequence: readonly Timed[], floorName = "floor"): Map<string, number[]> {
  const ratios = new Map<string, number[]>();
  sequence.forEach((entry, index) => {
    if (entry.name === floorName) return;
    const before = sequence.slice(0, index).findLast((other) => other.name === floorName);
    const after = sequence.slice(index + 1).find((other) => other.name === floorName);
    const floors = [before, after].flatMap((floor) => (floor ? [floor.value] : []));
    if (!floors.length) return;
    const floor = floors.reduce((sum, value) => sum + value, 0) / floors.length;
    ratios.set(entry.name, [...(ratios.get(entry.name) ?? []), entry.value / floor]);
  });
  return ratios;
}

export type Status = "met" | "missed" | "not judged";

export interface Judgement {
  status: Status;
  /** Why, in a sentence a reader of the report can act on. */
  why: string;
}

/** Whether the pages' timings can be judged: Lighthouse's CPU benchmark index, median of the run. */
export function machineFitForPages(cpuIndex: number, minIndex: number): Judgement {
  if (!Number.isFinite(cpuIndex)) return { status: "not judged", why: "no CPU benchmark index was measured" };
  // Compared as printed, so the reason never reads "2000, at least 2000 is needed".
  if (Math.round(cpuIndex) < minIndex) {
    return {
      status: "not judged",
      why: `the machine was too slow or too busy to judge timings: Lighthouse's CPU benchmark index was ${Math.round(cpuIndex)}, at least ${minIndex} is needed`,
    };
  }
  return { status: "met", why: `CPU benchmark index ${Math.round(cpuIndex)} (at least ${minIndex} to judge)` };
}

/**
 * A page's paint time against the floor's, from the ratios of its runs: met when the median and
 * the upper quartile are within the budget, missed when the median and the lower quartile are
 * over it. When the middle half straddles the budget the runs were too scattered to say: not judged
 * (the benchmark takes more runs first, up to its limit).
 */
export function judgeRatio(ratios: readonly number[], budget: number): Judgement & Spread {
  const spread = spreadOf(ratios);
  const figures = `median ${spread.median.toFixed(2)}, middle half ${spread.low.toFixed(2)}–${spread.high.toFixed(2)}, budget ${budget.toFixed(2)}`;
  if (!ratios.length) return { ...spread, status: "not judged", why: "no run had a floor to compare with" };
  if (spread.high <= budget) return { ...spread, status: "met", why: figures };
  if (spread.median > budget && spread.low > budget) return { ...spread, status: "missed", why: figures };
  return { ...spread, status: "not judged", why: `the runs were too scattered to judge: ${figures}` };
}

/** Lighthouse's CPU benchmark index just before and just after a build (each the median of a few samples). */
export interface MachineSpeed {
  before: number;
  after: number;
}

export interface BuildTimeJudgement extends Judgement {
  /** How many times slower than the reference machine this one was around the build (mean of both readings). */
  slowdown: number;
  /** The stated budget scaled by the slowdown; never below the stated budget. */
  allowedMs: number;
}

/**
 * A build's time per article against a budget stated for the reference machine, scaled by how
 * much slower this machine was around the build. A machine faster than the reference gets the
 * stated budget. Not judged when the machine was more than `maxSlowdown` times slower, or when
 * the build missed the budget scaled by the mean of the two speed readings but met it scaled by
 * the slower one (the machine's load changed during the build, so the figure is in doubt).
 */
export function judgeBuildTime(
  msPerArticle: number,
  budgetMs: number,
  speed: MachineSpeed,
  referenceIndex: number,
  maxSlowdown: number,
): BuildTimeJudgement {
  const readings = [speed.before, speed.after];
  if (!readings.every((index) => Number.isFinite(index) && index > 0)) {
    return { status: "not judged", why: "the machine's speed was not measured", slowdown: Number.NaN, allowedMs: budgetMs };
  }
  const slowdown = referenceIndex / ((speed.before + speed.after) / 2);
  const allowedMs = budgetMs * Math.max(1, slowdown);
  const figures =
    `${Math.round(msPerArticle)} ms per article, budget ${budgetMs} ms × ${Math.max(1, slowdown).toFixed(2)} = ${Math.round(allowedMs)} ms ` +
    `(CPU benchmark index ${Math.round(speed.before)} before, ${Math.round(speed.after)} after; reference ${referenceIndex})`;
  if (slowdown > maxSlowdown) {
    return {
      status: "not judged",
      why: `the machine was too slow or too busy to judge: ${slowdown.toFixed(2)} times slower than the reference, at most ${maxSlowdown} to judge; ${figures}`,
      slowdown,
      allowedMs,
    };
  }
  if (msPerArticle <= allowedMs) return { status: "met", why: figures, slowdown, allowedMs };
  const lenientMs = budgetMs * Math.max(1, referenceIndex / Math.min(...readings));
  if (msPerArticle <= lenientMs) {
    return {
      status: "not judged",
      why: `the machine's speed changed during the build, and the figure is within the budget scaled by the slower reading (${Math.round(lenientMs)} ms): ${figures}`,
      slowdown,
      allowedMs,
    };
  }
  return { status: "missed", why: figures, slowdown, allowedMs };
}
