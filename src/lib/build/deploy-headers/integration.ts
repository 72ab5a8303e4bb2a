import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { formatPolicy, parsePolicy, sitePolicy, type Policy } from "./policy";
import { deployHeaderRules, formatHeadersFile } from "./rules";

// How Astro writes each page's policy (`security.csp`); its content never contains a double quote.
const META_POLICY = Buffer.from('<meta http-equiv="content-security-policy" content="');

/**
 * A built page's policy. Only the policy's own bytes become a string: a piece cut from a page's
 * text would keep the whole page in memory, and a site of a thousand articles has 3,000 pages.
 */
function pagePolicyText(html: Buffer): string | undefined {
  const start = html.indexOf(META_POLICY);
  const end = start === -1 ? -1 : html.indexOf('"', start + META_POLICY.length);
  return end === -1 ? undefined : html.toString("utf8", start + META_POLICY.length, end);
}

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
          const content = pagePolicyText(await readFile(join(root, page)));
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
