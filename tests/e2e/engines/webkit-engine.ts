import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder, By, type WebDriver } from "selenium-webdriver";
import {
  layoutInViewport,
  listenForErrors,
  type Engine,
  type Layout,
  type PageFunction,
  type Reader,
  type ReaderOptions,
} from "./reader";

/**
 * WebKitGTK through selenium-webdriver and Debian's WebKitWebDriver, which drives WebKitGTK's
 * MiniBrowser. WebKitGTK has no headless mode, so without a DISPLAY the browser gets a virtual
 * screen of its own (Xvfb). One driver per worker, on `port`; a WebDriver session per reader.
 */
export async function startWebKit(port: number, proxy: string): Promise<Engine> {
  const processes: ChildProcess[] = [];
  const stop = () => {
    for (const child of processes.reverse()) child.kill();
  };
  let display: string;
  try {
    display = process.env["DISPLAY"] ?? `:${await startXvfb(processes)}`;
    const driver = await startProcess(
      "WebKitWebDriver",
      [`--port=${port}`],
      // WebKitGTK speaks TLS to an HTTPS proxy given as a WebDriver capability, and trusts no
      // certificate of its own there; a proxy from the environment it reaches in plain HTTP.
      {
        ...process.env,
        DISPLAY: display,
        http_proxy: `http://${proxy}`,
        https_proxy: `http://${proxy}`,
        no_proxy: "127.0.0.1,localhost",
      },
      "webkit2gtk-driver",
      processes,
    );
    await waitForDriver(port, driver);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    newReader: (options) => webkitReader(port, display, options),
    close: () => {
      stop();
      return Promise.resolve();
    },
  };
}

/** Starts a process, failing with the Debian package to install when it is missing. */
function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  pkg: string,
  processes: ChildProcess[],
  stdio: ("ignore" | "pipe")[] = ["ignore", "ignore", "pipe"],
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio });
    processes.push(child);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new Error(`The WebKit journeys need \`${command}\`, from Debian's ${pkg} package: apt-get install ${pkg}`)
          : error,
      );
    });
    child.once("spawn", () => {
      resolve(child);
    });
    child.once("exit", (code) => {
      if (code) reject(new Error(`${command} exited with ${code}: ${stderr}`));
    });
  });
}

/** A virtual screen on a free display: Xvfb writes its number to the pipe it is given. */
async function startXvfb(processes: ChildProcess[]): Promise<string> {
  const xvfb = await startProcess(
    "Xvfb",
    ["-displayfd", "3", "-nolisten", "tcp", "-screen", "0", "1920x1200x24"],
    process.env,
    "xvfb",
    processes,
    ["ignore", "ignore", "pipe", "pipe"],
  );
  return new Promise((resolve, reject) => {
    const pipe = xvfb.stdio[3] as NodeJS.ReadableStream;
    pipe.once("data", (chunk: Buffer) => {
      resolve(chunk.toString().trim());
    });
    xvfb.once("exit", (code) => {
      reject(new Error(`Xvfb exited with ${code} before it had a display`));
    });
  });
}

/** Until the driver answers on its port (it takes a moment to listen). */
async function waitForDriver(port: number, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
}

/** `fn` as a WebDriver script: called with the argument, its promise (if any) awaited by the driver. */
const script = (fn: PageFunction<unknown, unknown>) => `return (${fn.toString()})(arguments[0]);`;

async function webkitReader(port: number, display: string, { baseURL, javaScriptEnabled }: ReaderOptions): Promise<Reader> {
  const driver: WebDriver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: "MiniBrowser",
      acceptInsecureCerts: true,
      proxy: { proxyType: "system" },
      // MiniBrowser takes WebKit's settings as options; given any, it needs --automation too.
      "webkitgtk:browserOptions": {
        args: javaScriptEnabled ? [] : ["--automation", "--enable-javascript=false"],
      },
    })
    .build();
  const problems: string[] = [];
  /** Keeps what the page's error listener caught before the page goes. */
  const collect = async () => {
    if (!javaScriptEnabled) return;
    const caught = (await driver.executeScript("return window.pageProblems || []").catch(() => [])) as string[];
    problems.push(...caught);
  };
  const loaded = async () => {
    if (javaScriptEnabled) await driver.executeScript(script(listenForErrors as PageFunction<unknown, unknown>));
  };
  const evaluate = async <A, R>(fn: PageFunction<A, R>, arg: A) =>
    (await driver.executeScript(script(fn as PageFunction<unknown, unknown>), arg)) as R;
  const reader: Reader = {
    engine: "webkit",
    open: async (path) => {
      await collect();
      await driver.get(new URL(path, baseURL).href); // returns once the page has loaded
      await loaded();
    },
    reload: async () => {
      await collect();
      await driver.navigate().refresh();
      await loaded();
    },
    url: async () => new URL(await driver.getCurrentUrl()),
    click: async (css, index = 0) => {
      const element = (await driver.findElements(By.css(css)))[index];
      if (!element) throw new Error(`Nothing to click: no element ${index} of ${css}`);
      // WebKitWebDriver scrolls the element into view the page's way, which the site makes
      // smooth, then finds it not there yet: the reader has it in view first.
      // (WebDriver's scripts run even where the page's may not.)
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", element);
      await element.click();
    },
    evaluate,
    evaluateInPlayer: async (fn, arg) => {
      const frame = (await driver.findElements(By.css("iframe[src*='/embed/']")))[0];
      if (!frame) throw new Error("No player frame on the page: start the video first");
      await driver.switchTo().frame(frame);
      try {
        return await evaluate(fn, arg);
      } finally {
        await driver.switchTo().defaultContent();
      }
    },
    setViewport: async (width, height) => {
      // WebDriver sizes the window; the viewport is what is left inside its frame and toolbar.
      await driver.manage().window().setRect({ width, height });
      const inner = await driver.executeScript<[number, number]>("return [innerWidth, innerHeight]");
      await driver
        .manage()
        .window()
        .setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
      const innerWidth = await driver.executeScript<number>("return innerWidth");
      if (innerWidth !== width) {
        throw new Error(`MiniBrowser's window (its toolbar) keeps the viewport ${innerWidth} px wide, not ${width} px`);
      }
    },
    // MiniBrowser's toolbar keeps its window wider than a phone: a narrower screen is laid out in
    // a bare WebKitGTK web view of that size (webkit-view.py), the engine a phone's browser uses.
    layout: async (path, width, height) =>
      width < MINIBROWSER_MIN_WIDTH
        ? layoutWithWebKit(new URL(path, baseURL), width, height, display)
        : layoutInViewport(reader, path, width, height),
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), "base64"),
    print: () => printWithWebKit(new URL(baseURL), driver, display),
    problems: async () => {
      await collect();
      return problems;
    },
    close: () => driver.quit(),
  };
  await reader.setViewport(1280, 800);
  return reader;
}

/** The narrowest viewport MiniBrowser's window keeps (its toolbar's width). */
const MINIBROWSER_MIN_WIDTH = 450;

/** Runs webkit-view.py (a bare WebKitGTK web view, through python3-gi) under `display`. */
function runWebKitScript(args: string[], display: string, what: string): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      "/usr/bin/python3",
      [new URL("webkit-view.py", import.meta.url).pathname, ...args],
      { env: { ...process.env, DISPLAY: display }, timeout: 90_000 },
      (error, stdout, stderr) => {
        if (!error) {
          resolve(stdout);
          return;
        }
        const missing = /No module named 'gi'|Namespace WebKit2 not available|foreign struct converter|ENOENT/.test(
          `${stderr}${error.message}`,
        );
        reject(
          new Error(
            missing
              ? `${what} in WebKit needs Python's GObject bindings for WebKitGTK: apt-get install python3-gi python3-gi-cairo gir1.2-webkit2-4.1`
              : `${what} in WebKit failed: ${stderr || error.message}`,
          ),
        );
      },
    ),
  );
}

/** `path` laid out in a WebKitGTK web view `width` × `height` pixels (webkit-view.py). */
async function layoutWithWebKit(address: URL, width: number, height: number, display: string): Promise<Layout> {
  const dir = mkdtempSync(join(tmpdir(), "webkit-layout-"));
  const png = join(dir, "screen.png");
  try {
    const measured = JSON.parse(
      await runWebKitScript(["layout", address.href, String(width), String(height), png], display, "Laying out a page"),
    ) as { innerWidth: number; overflow: number };
    return { ...measured, screenshot: readFileSync(png) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * WebKitWebDriver (2.50) has no print command. The page the reader has open is printed by
 * WebKitGTK's own print operation, the one behind a WebKitGTK browser's Print, from a web view
 * of its own (webkit-view.py, through Python's GObject bindings) that opens the same address.
 */
async function printWithWebKit(site: URL, driver: WebDriver, display: string): Promise<Buffer> {
  const address = await driver.getCurrentUrl();
  if (new URL(address).origin !== site.origin) throw new Error(`Only the site's pages print here, not ${address}`);
  const dir = mkdtempSync(join(tmpdir(), "webkit-print-"));
  const pdf = join(dir, "page.pdf");
  try {
    await runWebKitScript(["print", address, pdf], display, "Printing");
    return readFileSync(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
