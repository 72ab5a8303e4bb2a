/**
 * What YouTube's hosts answer in the browser tests, which never reach YouTube: the Chromium
 * suite serves these through Playwright's routes, the engine journeys through the HTTPS
 * stand-in server (engines/stand-in-server.ts).
 */

/** YouTube's hosts the page may ask for: the privacy-enhanced player and the iframe API. */
export const YOUTUBE_HOSTS = ["www.youtube-nocookie.com", "youtube-nocookie.com", "www.youtube.com", "youtube.com"];

/** Any address on YouTube's hosts. */
export const YOUTUBE = /^https:\/\/(www\.)?(youtube-nocookie\.com|youtube\.com)\//;

/**
 * Stands in for the embedded player: an empty page that keeps every message the host page
 * posts to it, so tests can read the commands (seekTo, playVideo) the page sent.
 */
const PLAYER_STUB = `<!doctype html><title>player stub</title><script>
  window.received = [];
  addEventListener("message", (event) => {
    window.received.push(typeof event.data === "string" ? event.data : JSON.stringify(event.data));
  });
</script>`;

/**
 * Stands in for YouTube's iframe API (www.youtube.com/iframe_api), which the player uses on
 * phones and Apple browsers. Like the real one it reads its default host from window.YTConfig,
 * frames /embed/ID with the player vars plus enablejsapi=1, calls onReady once the frame has
 * loaded, and drives the frame with postMessage commands.
 */
const IFRAME_API_STUB = `(() => {
  const defaultHost = (window.YTConfig && window.YTConfig.host) || "https://www.youtube.com";
  class Player {
    constructor(target, options) {
      const element = typeof target === "string" ? document.getElementById(target) : target;
      const params = new URLSearchParams(Object.entries(options.playerVars || {}).map(([k, v]) => [k, String(v)]));
      params.set("enablejsapi", "1");
      params.set("origin", location.origin);
      const iframe = document.createElement("iframe");
      iframe.src = (options.host || defaultHost) + "/embed/" + options.videoId + "?" + params;
      iframe.allow = "autoplay; encrypted-media";
      element.replaceWith(iframe);
      this.iframe = iframe;
      iframe.addEventListener("load", () => options.events && options.events.onReady && options.events.onReady({ target: this }));
    }
    send(func, args) {
      this.iframe.contentWindow.postMessage(JSON.stringify({ event: "command", func, args: args || [], id: 1, channel: "widget" }), "*");
    }
    playVideo() { this.send("playVideo"); }
    seekTo(seconds, allowSeekAhead) { this.send("seekTo", [seconds, allowSeekAhead]); }
    getIframe() { return this.iframe; }
  }
  window.YT = { loaded: 1, Player, ready: (callback) => callback() };
  if (typeof window.onYouTubeIframeAPIReady === "function") window.onYouTubeIframeAPIReady();
})();`;

/** YouTube's answer to `url`: the iframe API, the embedded player, or an empty page for anything else (a watch page). */
export function youtubeStandIn(url: URL): { contentType: string; body: string } {
  if (url.pathname === "/iframe_api") return { contentType: "text/javascript", body: IFRAME_API_STUB };
  if (url.pathname.startsWith("/embed/")) return { contentType: "text/html", body: PLAYER_STUB };
  return { contentType: "text/html", body: "<!doctype html><title>YouTube stand-in</title>" };
}
