import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * `astro build` writes into a folder beside the output folder (`.dist-building/` for `dist/`)
 * and puts it in the output folder's place only once the whole build has succeeded, so a build
 * that fails leaves the last good site untouched instead of half-written. It must come last in
 * astro.config.mjs's integrations: the others write their files (`_headers`, the sitemap) into
 * the new folder on the same `astro:build:done`, before it is moved.
 */
export function replaceWhenBuilt(): AstroIntegration {
  let outDir = "";
  let buildingDir = "";
  return {
    name: "replace-when-built",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        if (command !== "build") return;
        outDir = path.resolve(fileURLToPath(config.outDir));
        buildingDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-building`);
        // Whatever a build that stopped half-way left behind.
        rmSync(buildingDir, { recursive: true, force: true });
        // A build that fails leaves nothing behind either (after the move the folder is gone).
        process.once("exit", () => {
          rmSync(buildingDir, { recursive: true, force: true });
        });
        updateConfig({ outDir: pathToFileURL(`${buildingDir}${path.sep}`) });
      },
      "astro:build:done": ({ logger }) => {
        const previous = `${buildingDir}-previous`;
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(outDir)) renameSync(outDir, previous);
        renameSync(buildingDir, outDir);
        rmSync(previous, { recursive: true, force: true });
        logger.info(`The new site is in ${path.relative(process.cwd(), outDir) || outDir}/`);
      },
    },
  };
}
