import type { AstroIntegration } from "astro";

/**
 * Tells the pages whether they are served by `astro dev`, where drafts and scheduled articles
 * are shown (marked) for their author, or built, where they are left out. Astro's command
 * says it for certain; Vite's `import.meta.env.DEV` follows NODE_ENV, which a test runner or
 * a shell may have set to anything.
 */
export function unpublishedInDev(): AstroIntegration {
  return {
    name: "unpublished-in-dev",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { "import.meta.env.SHOW_UNPUBLISHED": JSON.stringify(command === "dev") } } });
      },
    },
  };
}
