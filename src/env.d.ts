interface ImportMetaEnv {
  /** True under `astro dev`, which shows drafts and scheduled articles; false in a build (see src/integrations/unpublished-in-dev.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}
