import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { formatPolicy, parsePolicy, sitePolicy, type Policy } from "./policy";
import { deployHeaderRules, formatHeadersFile } from "./rules";

// How Astro writes each page's policy (`security.csp`); its content never contains a double quote.
const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * Writes `_headers` next to the built pages once they exist: the site's Content Security
 * Policy is only known then, because it lists the hashes of the scripts and styles Astro
 * emitted. A hand-kept copy would go stale with the first changed style and block it.
 */
export function deployHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "deploy-headers",
    hooks: {
      // However the base was given (astro.config.mjs or --base), the resolved config has it.
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
        const policies = new Map<string, Policy>();
        for (const page of pages) {
          const content = META_POLICY.exec(await readFile(join(root, page), "utf8"))?.[1];
          if (content === undefined) {
            throw new Error(`${page} has no Content-Security-Policy <meta>; _headers repeats every page's policy`);
          }
          policies.set(page, parsePolicy(content));
        }
        const rules = deployHeaderRules(formatPolicy(sitePolicy(policies)), base);
        const comment = "Written by the build from the pages' own Content Security Policies (src/lib/build/deploy-headers/).";
        await writeFile(new URL("_headers", dir), formatHeadersFile(rules, comment));
        logger.info(`_headers: one policy for ${pages.length} pages`);
      },
    },
  };
}
