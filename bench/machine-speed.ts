// The machine's own speed, measured beside the build: Lighthouse's CPU benchmark (the same code
// Lighthouse times before each page) run in the same Chromium, so the build's figures and the
// pages' are scaled by one yardstick. It is JavaScript on one core, as most of a build is, and it
// reads lower when other work shares the CPU.
import { chromium } from "@playwright/test";
import { pageFunctions } from "lighthouse/core/lib/page-functions.js";
import { CHROMIUM_FLAGS } from "../tools/chromium.ts";
import { median } from "./lighthouse.ts";

/** Each reading is the median of this many one-second samples. */
const SAMPLES = 3;

/** Lighthouse's CPU benchmark index, now: the median of a few samples in a fresh headless Chromium. */
export async function cpuBenchmarkIndex(chromePath: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const benchmark = `(${pageFunctions.computeBenchmarkIndex.toString()})()`;
    const samples: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) samples.push(await page.evaluate<number>(benchmark));
    return Math.round(median(samples));
  } finally {
    await browser.close();
  }
}
