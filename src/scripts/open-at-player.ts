/**
 * A drill's share page, and any address with `?t=`, opens at the player, with the drill list
 * right under it. This small script comes inside the page and runs as soon as the document is
 * parsed, before the first paint, so the page is not seen at its top and then jumps once the
 * player's script (src/scripts/video-player.ts) arrives.
 *
 * It imports nothing: a module it shared with the player's script would become a file of its
 * own, a request before the first paint. So it names `?t=` itself, the one place outside
 * src/lib/browser/moment-address.ts that does; it only asks whether the address has one.
 */
const player = document.querySelector<HTMLElement>("lite-youtube");
if (player && (player.dataset["start"] !== undefined || new URLSearchParams(location.search).has("t"))) {
  player.scrollIntoView({ block: "start", behavior: "instant" });
}
