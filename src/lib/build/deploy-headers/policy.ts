/**
 * Content Security Policies as text and as data. Astro writes each page's policy into a
 * `<meta>` element, with hashes of that page's scripts and styles; the host sends one policy
 * for the whole site as a header (`_headers`), built from the pages' own.
 */

/** Directive name → its sources, in the order the policy lists them. */
export type Policy = Map<string, string[]>;

/** Reads a policy the way browsers do: names are case-insensitive and a repeated directive is ignored. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/** `'sha256-…'`, `'sha384-…'`, `'sha512-…'`: a source naming one script or style by its content. */
export function isHashSource(source: string): boolean {
  return /^'sha(?:256|384|512)-[A-Za-z0-9+/_-]+={0,2}'$/.test(source);
}

/**
 * The one policy a host can send for every page: the pages' directives (which must agree on
 * everything but hashes, as they all come from the site's configuration) with the hashes of
 * every page. A browser enforces it alongside the page's own `<meta>` policy, so each page
 * still runs only its own scripts and styles.
 *
 * @param pagePolicies each page's policy, by the page's name (used in errors)
 */
export function sitePolicy(pagePolicies: ReadonlyMap<string, Policy>): Policy {
  const [firstEntry] = pagePolicies;
  if (!firstEntry) throw new Error("A site policy needs at least one page's policy");
  const [firstPage, firstPolicy] = firstEntry;
  const site = withoutHashes(firstPolicy);
  const shared = formatPolicy(site);
  for (const [page, policy] of pagePolicies) {
    const rest = formatPolicy(withoutHashes(policy));
    if (rest !== shared) {
      throw new Error(`${page} and ${firstPage} differ in more than hashes: "${rest}" against "${shared}"`);
    }
    for (const [name, sources] of policy) {
      const allowed = site.get(name) ?? [];
      for (const source of sources) {
        if (isHashSource(source) && !allowed.includes(source)) allowed.push(source);
      }
    }
  }
  return site;
}

function withoutHashes(policy: Policy): Policy {
  return new Map([...policy].map(([name, sources]) => [name, sources.filter((source) => !isHashSource(source))]));
}
