import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { DIST, builtPages } from "./support";

// The rules are .htmlvalidate.mjs's, found from each page's folder up, as the CLI finds them.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(builtPages())("$file", ({ file }) => {
  it("is valid HTML (html-validate, recommended rules)", async () => {
    const report = await validator.validateFile(`${DIST}${file}`);
    const problems = report.results.flatMap((result) =>
      result.messages.map(({ line, column, ruleId, message }) => `${line}:${column} ${ruleId}: ${message}`),
    );
    expect(problems).toEqual([]);
  });
});
