// @ts-check
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: ["dist/", "dist-*/", ".astro/", "bench/lhr/", "test-results/", "playwright-report/", "screenshots/"],
  },
  // A build in progress, or one that was stopped: it becomes dist/ (dist-sub/) only when it succeeds.
  { ignores: [".dist*-building/"] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Type-aware rules, from the same tsconfig `astro check` uses.
        projectService: { allowDefaultProject: [".htmlvalidate.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: globals.node,
    },
  },
  {
    rules: {
      // tsconfig's strictest settings ask for `dataset["name"]` on index signatures
      // (noPropertyAccessFromIndexSignature); this rule would ask for the opposite.
      "@typescript-eslint/dot-notation": "off",
      // It asks for `value!` where the strict set forbids `!` (no-non-null-assertion); keep the latter.
      "@typescript-eslint/non-nullable-type-assertion-style": "off",
      // Times, sizes and counts are printed in messages and addresses all the time.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `const { title: _, ...rest } = value` is how the tests take a field away.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // The benchmark and the tests share their tooling through tools/; neither reaches into the
    // other's folder (tests may import bench/ code they test), and tools/ stands on its own.
    files: ["bench/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "(^|/)tests/", message: "The benchmark does not import the tests; shared tooling lives in tools/." },
          ],
        },
      ],
    },
  },
  {
    files: ["tools/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "(^|/)(tests|bench)/", message: "tools/ is shared by the tests and the benchmark and imports neither." },
          ],
        },
      ],
    },
  },
  {
    // src/lib is layered by who may import it: browser/ runs in the reader's browser too, content/
    // reads and checks the articles, build/ is Node code that only the build runs. Code that ships
    // to the browser (with the components' <script> elements) stays out of the other two and out of
    // Node's modules.
    files: ["src/scripts/**", "src/lib/browser/**", "**/*.astro/*.ts", "**/*.astro/*.js"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)lib/(build|content)(/|$)|^\\.\\./(build|content)(/|$)",
              message:
                "Browser code (src/scripts/, src/lib/browser/) cannot import src/lib/build/ or src/lib/content/: they run at build only. Move what both need into src/lib/browser/.",
            },
            { regex: "^node:", message: "Browser code (src/scripts/, src/lib/browser/) cannot import Node's modules." },
          ],
        },
      ],
    },
  },
  {
    // The content's schema and checks run in `astro check` and the content config too, without the
    // build's drawing and writing code.
    files: ["src/lib/content/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)lib/build(/|$)|^\\.\\./build(/|$)",
              message: "src/lib/content/ cannot import src/lib/build/: build code may use the content, not the reverse.",
            },
          ],
        },
      ],
    },
  },
  astro.configs.recommended,
  astro.configs["jsx-a11y-strict"],
  {
    // TypeScript's project service cannot read .astro files (`astro check` type-checks them),
    // so they get the syntax-only rules, as does the module that only gathers them for MDX.
    files: ["**/*.astro", "**/*.astro/*.ts", "src/components/mdx/index.ts"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The browser code, in scripts and in components' <script> elements.
    files: ["src/scripts/**", "**/*.astro/*.ts", "**/*.astro/*.js"],
    languageOptions: { globals: globals.browser },
  },
);
