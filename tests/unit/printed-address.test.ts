import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressPieces } from "../../src/lib/browser/printed-address";

describe("addressPieces", () => {
  it("lets a drill's address wrap after its slashes only", () => {
    expect(addressPieces("https://example.com/are-you-making/kneeling-hip-stretch/")).toEqual([
      "https://",
      "example.com/",
      "are-you-making/",
      "kneeling-hip-stretch/",
    ]);
  });

  it("keeps what follows the last slash, and an address without one whole", () => {
    expect(addressPieces("https://example.com/guide.md")).toEqual(["https://", "example.com/", "guide.md"]);
    expect(addressPieces("example-site")).toEqual(["example-site"]);
  });

  it("refuses an empty address", () => {
    expect(() => addressPieces("")).toThrow("An address to print cannot be empty");
    expect(() => addressPieces("  ")).toThrow("An address to print cannot be empty");
  });

  it("never loses or reorders a character, and no piece has a slash before its end", () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const pieces = addressPieces(url);
        expect(pieces.join("")).toBe(url);
        for (const piece of pieces) expect(piece.replace(/\/+$/, "")).not.toContain("/");
      }),
    );
  });
});
