import { describe, expect, it } from "vitest";
import { placeholderVideoIdReason } from "../../src/lib/content/placeholder-video-id";

/** Each reason an id is taken for a placeholder, with ids that give it. */
const idsByReason: [reason: string, ids: string[]][] = [
  ["is the placeholder", ["SET_VIDEOID"]],
  ["is a well-known example video, not this article's", ["dQw4w9WgXcQ", "M7lc1UVf-VE"]],
  ["repeats the same few characters, like a placeholder", ["XXXXXXXXXXX", "00000000000", "aaaaaaaaaaa", "abcabcabcab"]],
  ["counts up, like a placeholder", ["12345678901", "abcdefghijk"]],
  ["reads like a placeholder", ["YOURVIDEOID", "VIDEO_ID_01", "my-video-id", "PLACEHOLDER"]],
];

describe("placeholderVideoIdReason", () => {
  it.each(idsByReason.flatMap(([reason, ids]) => ids.map((id) => [id, reason])))("%s %s", (id, reason) => {
    expect(placeholderVideoIdReason(id)).toBe(reason);
  });

  it.each(["Xk3mP9qL2wZ", "jNQXAC9IVRw", "9bZkp7q19f0", "kJQP7kiw5Fk", "_OBlgSz8sSM", "a-b_c-d_e-f"])(
    "takes %s for a real video's id",
    (id) => {
      expect(placeholderVideoIdReason(id)).toBeUndefined();
    },
  );
});
