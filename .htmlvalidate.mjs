/** html-validate's rules for the built pages (tests/dist/html-validate.test.ts). */
export default {
  extends: ["html-validate:recommended"],
};
