import { describe, expect, it } from "vitest";
import {
  isYoutubeId,
  playerReport,
  youtubePlayerCommand,
  youtubePlayerParams,
  youtubeWatchUrl,
} from "../../src/lib/browser/youtube";

describe("isYoutubeId", () => {
  it.each(["dQw4w9WgXcQ", "a-b_C1d2E3f", "SET_VIDEOID"])("accepts %s", (id) => {
    expect(isYoutubeId(id)).toBe(true);
  });
  it.each(["", "dQw4w9WgXc", "dQw4w9WgXcQQ", "dQw4w9WgXc!", "dQw4w9 gXcQ", "dQw4w9WgXcQ\n"])("rejects %j", (id) => {
    expect(isYoutubeId(id)).toBe(false);
  });
});

describe("youtubeWatchUrl", () => {
  it("links to the video", () => {
    expect(youtubeWatchUrl("dQw4w9WgXcQ")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  });

  it("links to a second of the video in YouTube's own t= form", () => {
    const url = new URL(youtubeWatchUrl("dQw4w9WgXcQ", 260));
    expect(url.origin + url.pathname).toBe("https://www.youtube.com/watch");
    expect(url.searchParams.get("v")).toBe("dQw4w9WgXcQ");
    expect(url.searchParams.get("t")).toBe("260s");
  });

  it("refuses an id that would make a broken link", () => {
    expect(() => youtubeWatchUrl("not an id")).toThrow(/"not an id" is not a YouTube video id/);
  });

  it("refuses a start that is not a whole second", () => {
    expect(() => youtubeWatchUrl("dQw4w9WgXcQ", -1)).toThrow(RangeError);
    expect(() => youtubeWatchUrl("dQw4w9WgXcQ", 2.5)).toThrow(RangeError);
  });
});

describe("youtubePlayerParams", () => {
  it("turns on the JS API and starts at the given second", () => {
    const params = new URLSearchParams(youtubePlayerParams(362));
    expect(params.get("enablejsapi")).toBe("1");
    expect(params.get("start")).toBe("362");
  });

  it("leaves the start out when playing from the beginning", () => {
    expect(new URLSearchParams(youtubePlayerParams(0)).has("start")).toBe(false);
  });
});

describe("youtubePlayerCommand", () => {
  it("writes the message the embedded player understands", () => {
    expect(JSON.parse(youtubePlayerCommand("seekTo", [362, true]))).toEqual({
      event: "command",
      func: "seekTo",
      args: [362, true],
    });
    expect(JSON.parse(youtubePlayerCommand("playVideo"))).toEqual({ event: "command", func: "playVideo", args: [] });
  });
});

describe("playerReport", () => {
  const report = (info: unknown) => playerReport(JSON.stringify({ event: "infoDelivery", info, channel: "widget" }));

  it("reads the position from the player's infoDelivery message", () => {
    expect(report({ currentTime: 365.2 })).toEqual({ currentTime: 365.2, ended: false });
  });

  it("says when the video has reached its end (player state 0), with or without a position", () => {
    expect(report({ currentTime: 479.9, playerState: 0 })).toEqual({ currentTime: 479.9, ended: true });
    expect(report({ playerState: 0 })).toEqual({ ended: true });
    expect(report({ currentTime: 100, playerState: 1 })).toEqual({ currentTime: 100, ended: false });
  });

  it.each([
    ["a message without a position", JSON.stringify({ event: "onReady", info: null })],
    ["a state other than ended, without a position", JSON.stringify({ event: "infoDelivery", info: { playerState: 1 } })],
    ["a negative position", JSON.stringify({ event: "infoDelivery", info: { currentTime: -1 } })],
    ["a position that is not a number", JSON.stringify({ event: "infoDelivery", info: { currentTime: "365" } })],
    ["text that is not JSON", "hello"],
    ["JSON that is not an object", "42"],
    ["an object rather than text", { info: { currentTime: 3 } }],
  ])("ignores %s", (_, message) => {
    expect(playerReport(message)).toBeUndefined();
  });
});
