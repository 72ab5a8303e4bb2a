/**
 * The site's public address: canonical links, social cards, feeds, the sitemap, structured data
 * and the printed sheets' QR codes are all built from it, so a deployable build must never guess
 * it. It comes, first found first, from:
 *
 * 1. `SITE_URL` in the build's environment;
 * 2. `site` in astro.config.mjs, unless it is still the placeholder;
 * 3. the host, where the host tells the build the site's public address (`HOST_ADDRESSES`).
 *
 * `astro build --site <address>` wins over all three (`npm start` builds for the local server
 * that way). With none of them, `astro build` stops before building anything.
 */

/** What astro.config.mjs says until the owner sets the site's address there. */
export const PLACEHOLDER_SITE = "https://your-site.example";

/** The address `npm start` builds for and serves at: `astro preview`'s default. */
export const LOCAL_PREVIEW_SITE = "http://localhost:4321";

/** Environment variables, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A host that tells the build the site's public address, and how to read it. */
interface HostAddress {
  host: string;
  /** The variable the address is read from, as the host's documentation names it. */
  variable: string;
  /** The address, when this build runs on that host. */
  read: (env: Environment) => string | undefined;
}

/**
 * Hosts whose builds know the site's public address. Netlify's `URL` is the site's main address
 * (its own domain once one is set), also in deploy previews; Vercel's
 * `VERCEL_PROJECT_PRODUCTION_URL` is the project's production domain without a scheme, also in
 * preview deployments. Other hosts give no such address: Cloudflare Pages' `CF_PAGES_URL` is each
 * deployment's own address (`https://<hash>.<project>.pages.dev`), which canonical links must not
 * name, and GitHub Actions gives none.
 */
export const HOST_ADDRESSES: readonly HostAddress[] = [
  {
    host: "Netlify",
    variable: "URL",
    // `URL` is a common name: take it only on Netlify, which also sets NETLIFY=true.
    read: (env) => (env["NETLIFY"] === "true" ? nonEmpty(env["URL"]) : undefined),
  },
  {
    host: "Vercel",
    variable: "VERCEL_PROJECT_PRODUCTION_URL",
    read: (env) => {
      const domain = env["VERCEL"] ? nonEmpty(env["VERCEL_PROJECT_PRODUCTION_URL"]) : undefined;
      return domain === undefined || /^https?:\/\//.test(domain) ? domain : `https://${domain}`;
    },
  },
];

/** Where the address came from, as the build reports it. */
export type SiteAddressSource = "SITE_URL" | "astro.config.mjs" | `${string} (${string})`;

export interface SiteAddress {
  address: string;
  source: SiteAddressSource;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === "" ? undefined : trimmed;
}

/**
 * The site's public address for this build, or `undefined` when nothing names one.
 * `configured` is the `site` written in astro.config.mjs.
 */
export function siteAddress(env: Environment, configured?: string): SiteAddress | undefined {
  const fromEnv = nonEmpty(env["SITE_URL"]);
  if (fromEnv !== undefined) return { address: checkedAddress(fromEnv, "SITE_URL"), source: "SITE_URL" };
  const fromConfig = nonEmpty(configured);
  if (fromConfig !== undefined && !isPlaceholder(fromConfig)) {
    return { address: checkedAddress(fromConfig, "site in astro.config.mjs"), source: "astro.config.mjs" };
  }
  for (const { host, variable, read } of HOST_ADDRESSES) {
    const address = read(env);
    if (address !== undefined)
      return { address: checkedAddress(address, `${variable}, set by ${host}`), source: `${host} (${variable})` };
  }
  return undefined;
}

/** Whether an address is the placeholder or another address that cannot be the site's. */
export function isPlaceholder(address: string): boolean {
  let host: string;
  try {
    host = new URL(address).hostname;
  } catch {
    return false;
  }
  // example.com/.org/.net and *.example are reserved for documentation (RFC 2606): never a real site.
  return address === PLACEHOLDER_SITE || /(^|\.)example\.(com|org|net)$/.test(host) || host.endsWith(".example");
}

/** Whether an address is this computer: a build for `npm start`'s local preview. */
export function isLocalAddress(address: string): boolean {
  const host = new URL(address).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/** An http(s) address, as given; anything else is refused, naming where it came from. */
function checkedAddress(address: string, from: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(
      `The site's address must be a full address such as https://www.your-site.org; ${from} is ${JSON.stringify(address)}`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`The site's address must start with https:// (or http://); ${from} is ${JSON.stringify(address)}`);
  }
  return address;
}

/** What `astro build` says when nothing names the site's address, and how to set it on each host. */
export function missingAddressMessage(): { problem: string; fix: string } {
  const problem =
    "The site's public address is not set, so nothing was built: canonical links, social cards, feeds, " +
    "the sitemap and the printed sheets' QR codes all name it.";
  const fix = [
    'Set it one of these ways (README, "Setting the site\'s address"):',
    "  - on this computer: SITE_URL=https://www.your-site.org npm run build",
    '  - or once for good: SITE = "https://www.your-site.org" in astro.config.mjs',
    "  - GitHub Pages: add SITE_URL: https://<user>.github.io under env: in the workflow that builds the site",
    "  - Cloudflare Pages: add SITE_URL under Settings > Variables and Secrets",
    "  - Netlify and Vercel: nothing to do; the build reads the address the host gives",
    "To look at the site on this computer, use npm start (it builds for http://localhost:4321).",
  ].join("\n");
  return { problem, fix };
}
