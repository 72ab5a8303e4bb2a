/**
 * A drill's share page, and any address with `?t=`, opens at the player, with the drill list
 * right under it. This small script comes inside the page and runs as soon as the document is
 * parsed, before the first paint, so the page is not seen at its top and then jumps once the
 * player's script (src/scripts/video-player.ts) arrives.
 */
const player = document.querySelector<HTMLElement>("lite-youtube");
if (player && (player.dataset["start"] !== undefined || new URLSearchParams(location.search).has("t"))) {
  player.scrollIntoView({ block: "start", behavior: "instant" });
}
