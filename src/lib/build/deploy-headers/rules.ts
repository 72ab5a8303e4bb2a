/**
 * The HTTP headers the site is served with, as a `_headers` file: the format Netlify and
 * Cloudflare Pages read from the root of the uploaded folder.
 */
import { underBase } from "../../browser/site-paths";
import { YOUTUBE_EMBED_ORIGIN } from "../../browser/youtube";

export interface HeaderRule {
  /** The addresses the headers apply to; `*` matches anything. */
  path: string;
  headers: readonly (readonly [name: string, value: string])[];
}

const EMBED = `"${YOUTUBE_EMBED_ORIGIN}"`;

/**
 * Browser features by who may use them. The embedded player gets what its frame asks for
 * (lite-youtube-embed's `allow`, and full screen); a frame can only be given a feature the
 * page itself has, hence `self` beside it. Pages may copy or share their own address.
 * Nothing on the site uses the rest.
 */
const PERMISSIONS: Record<string, string[]> = {
  accelerometer: ["self", EMBED],
  autoplay: ["self", EMBED],
  "encrypted-media": ["self", EMBED],
  fullscreen: ["self", EMBED],
  gyroscope: ["self", EMBED],
  "picture-in-picture": ["self", EMBED],
  "clipboard-write": ["self"],
  "web-share": ["self"],
  camera: [],
  "display-capture": [],
  geolocation: [],
  hid: [],
  magnetometer: [],
  microphone: [],
  midi: [],
  payment: [],
  "publickey-credentials-get": [],
  "screen-wake-lock": [],
  serial: [],
  usb: [],
};

export const PERMISSIONS_POLICY = Object.entries(PERMISSIONS)
  .map(([feature, allowed]) => `${feature}=(${allowed.join(" ")})`)
  .join(", ");

/**
 * The rules for the whole site. `policy` is the site's Content Security Policy (the one its
 * pages carry); the header adds `frame-ancestors`, which a `<meta>` policy cannot carry, so no
 * other site can frame the pages. `base` is the folder the site is served from (`/` at the
 * root of its host): the rules cover the site's addresses, all of which are under it.
 */
export function deployHeaderRules(policy: string, base: string): HeaderRule[] {
  return [
    {
      path: underBase("/*", base),
      headers: [
        ["Content-Security-Policy", `${policy}; frame-ancestors 'none'`],
        ["X-Content-Type-Options", "nosniff"],
        // YouTube refuses embeds that arrive without the page's origin as referrer: never no-referrer.
        ["Referrer-Policy", "strict-origin-when-cross-origin"],
        ["Permissions-Policy", PERMISSIONS_POLICY],
      ],
    },
    {
      // Astro names every bundled script and style after its content, so a changed file is a new address.
      path: underBase("/_astro/*", base),
      headers: [["Cache-Control", "public, max-age=31536000, immutable"]],
    },
  ];
}

export function formatHeadersFile(rules: readonly HeaderRule[], comment: string): string {
  const blocks = rules.map(({ path, headers }) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n"));
  return `${comment
    .split("\n")
    .map((line) => `# ${line}`)
    .join("\n")}\n\n${blocks.join("\n\n")}\n`;
}
