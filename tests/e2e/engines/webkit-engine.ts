import { spawn, type ChildProcess } from "node:child_process";
import { Builder, By, type WebDriver } from "selenium-webdriver";
import { A4, listenForErrors, type Engine, type PageFunction, type Reader, type ReaderOptions } from "./reader";

/**
 * WebKitGTK through selenium-webdriver and Debian's WebKitWebDriver, which drives WebKitGTK's
 * MiniBrowser. WebKitGTK has no headless mode, so without a DISPLAY the browser gets a virtual
 * screen of its own (Xvfb). One driver per worker, on `port`; a WebDriver session per reader.
 */
export async function startWebKit(port: number): Promise<Engine> {
  const processes: ChildProcess[] = [];
  const stop = () => {
    for (const child of processes.reverse()) child.kill();
  };
  try {
    const display = process.env["DISPLAY"] || `:${await startXvfb(processes)}`;
    const driver = await startProcess(
      "WebKitWebDriver",
      [`--port=${port}`],
      { ...process.env, DISPLAY: display },
      "webkit2gtk-driver",
      processes,
    );
    await waitForDriver(port, driver);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    newReader: (options) => webkitReader(port, options),
    close: async () => stop(),
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
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error(`The WebKit journeys need \`${command}\`, from Debian's ${pkg} package: apt-get install ${pkg}`)
          : error,
      ),
    );
    child.once("spawn", () => resolve(child));
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
    pipe.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    xvfb.once("exit", (code) => reject(new Error(`Xvfb exited with ${code} before it had a display`)));
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

async function webkitReader(port: number, { baseURL, proxy, javaScriptEnabled }: ReaderOptions): Promise<Reader> {
  const driver: WebDriver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: "MiniBrowser",
      acceptInsecureCerts: true,
      proxy: { proxyType: "manual", httpProxy: proxy, sslProxy: proxy, noProxy: ["127.0.0.1", "localhost"] },
      // MiniBrowser takes WebKit's settings as options.
      "webkitgtk:browserOptions": { args: javaScriptEnabled ? [] : ["--enable-javascript=false"] },
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
      if (javaScriptEnabled) {
        await driver.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", element);
      }
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
      const inner = (await driver.executeScript("return [innerWidth, innerHeight]")) as [number, number];
      await driver
        .manage()
        .window()
        .setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
    },
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), "base64"),
    // WebDriver's print command, which selenium's types leave out.
    print: async () =>
      Buffer.from(
        await (driver as unknown as { printPage(options: object): Promise<string> }).printPage({
          width: A4.widthCm,
          height: A4.heightCm,
        }),
        "base64",
      ),
    problems: async () => {
      await collect();
      return problems;
    },
    close: () => driver.quit(),
  };
  await reader.setViewport(1280, 800);
  return reader;
}
