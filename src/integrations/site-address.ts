import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import { isLocalAddress, missingAddressMessage, siteAddress } from "../lib/build/site-address";

/**
 * Gives the build the site's public address (src/lib/build/site-address.ts says where from) and stops
 * `astro build` before it builds anything when there is none: a site built for a made-up address
 * sends readers of its cards, feeds and printed sheets somewhere else. `astro build --site <address>`
 * wins; `astro dev` and the other commands fall back to the local server's address.
 *
 * `configured` is the `SITE` of astro.config.mjs: the placeholder until the owner sets it.
 */
export function siteAddressIntegration(configured: string): AstroIntegration {
  return {
    name: "site-address",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig, logger }) => {
        if (config.site) {
          // Given with --site: npm start builds for the server it opens.
          if (command === "build" && isLocalAddress(config.site)) {
            logger.info(`Building for ${config.site}: links, cards and QR codes will point at this computer, not the web.`);
          }
          return;
        }
        const found = siteAddress(process.env, configured);
        if (found) {
          if (command === "build") logger.info(`The site's address: ${found.address} (from ${found.source})`);
          updateConfig({ site: found.address });
        } else if (command === "build") {
          const { problem, fix } = missingAddressMessage();
          const error = new AstroError(problem, fix);
          // A setting to make, not a fault in the code: where it was thrown would only distract.
          error.stack = "";
          throw error;
        } else {
          updateConfig({ site: `http://localhost:${config.server.port}` });
        }
      },
    },
  };
}
