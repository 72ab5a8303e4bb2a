import { describe, expect, it } from "vitest";
import { placeholderVideoIdReason } from "../../src/lib/content/placeholder-video-id";

describe("placeholderVideoIdReason", () => {
  it.each([
    ["SET_VIDEOID", "is the placeholder"],
    ["dQw4w9WgXcQ", "is a well-known example video, not this article's"],
    ["M7lc1UVf-VE", "is a well-known example video, not this article's"],
    ["XXXXXXXXXXX", "repeats the same few characters, like a placeholder"],
    ["00000000000", "repeats the same few characters, like a placeholder"],
    ["aaaaaaaaaaa", "repeats the same few characters, like a placeholder"],
    ["abcabcabcab", "repeats the same few characters, like a placeholder"],
    ["12345678901", "counts up, like a placeholder"],
    ["abcdefghijk", "counts up, like a placeholder"],
    ["YOURVIDEOID", "reads like a placeholder"],
    ["VIDEO_ID_01", "reads like a placeholder"],
    ["my-video-id", "reads like a placeholder"],
    ["PLACEHOLDER", "reads like a placeholder"],
  ])("%s %s", (id, reason) => {
    expect(placeholderVideoIdReason(id)).toBe(reason);
  });

  it.each(["Xk3mP9qL2wZ", "jNQXAC9IVRw", "9bZkp7q19f0", "kJQP7kiw5Fk", "_OBlgSz8sSM", "a-b_c-d_e-f"])(
    "takes %s for a real video's id",
    (id) => {
      expect(placeholderVideoIdReason(id)).toBeUndefined();
    },
  );
});
