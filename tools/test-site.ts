/**
 * The address the test builds are made for (`npm run build:test`, `npm run build:sub`, the
 * benchmark's and the build tests' own builds, all with `--site`): a name reserved for testing,
 * so no test build can send anyone to a real site. The tests expect it in every absolute link.
 */
export const TEST_SITE = "https://back-in-motion.test";
