/**
 * Starts the page's held scripts. Components keep their module scripts in `<template
 * data-after="paint">` or `<template data-after="interaction">`, where the browser neither
 * fetches nor runs them, so the first paint waits for the document alone. The first start once
 * the page has painted, the others when the reader first presses a key or points at something
 * (or, with `data-within`, presses the control they belong to).
 * Until they arrive, every control is a real link that works without them.
 *
 * This loader comes inside every page that holds scripts: it must stay within the 1 KB that
 * astro.config.mjs inlines, or it would be a request before the first paint.
 */

/** What a tap made before the player's script arrived is kept for: playing, and moment links. */
const HELD_TAPS = ".lyt-playbtn,a[data-seek]";
/** How long a held tap waits for the script before it follows its link, as it would without it. */
const REPLAY_WITHIN_MS = 4000;

/** Starts the scripts held until `until`; true once those with an address have loaded, false if one failed. */
function startScripts(until: "paint" | "interaction", target?: EventTarget | null): Promise<boolean> {
  // Each by its address (true), or by its text for the small ones Astro puts inside the page
  // (allowed by their hash).
  const held = new Map<string, boolean>();
  for (const template of document.querySelectorAll<HTMLTemplateElement>(`template[data-after="${until}"]`)) {
    // A script `data-within` a control waits for a press on that control, not just any.
    const within = template.dataset["within"];
    if (within && !(target as Partial<Element> | null | undefined)?.closest?.(within)) continue;
    for (const script of template.content.querySelectorAll("script")) {
      const src = script.getAttribute("src");
      held.set(src ?? script.text, src !== null);
    }
    template.remove();
  }
  // A component used several times holds the same script several times: it runs once.
  const loads: Promise<boolean>[] = [];
  for (const [source, isAddress] of held) {
    const script = document.createElement("script");
    script.type = "module";
    if (isAddress) {
      script.src = source;
      loads.push(
        new Promise((resolve) => {
          script.onload = script.onerror = (event) => {
            resolve((event as Event).type == "load");
          };
        }),
      );
    } else script.text = source;
    document.head.append(script);
  }
  return Promise.all(loads).then((loaded) => loaded.every((ok) => ok));
}

let painted: Promise<boolean> | undefined;
/** Whether the scripts held until the first paint have loaded or failed: taps are no longer held. */
let settled = false;
/** Starts the scripts held until the first paint, once. */
const startPaintScripts = () => (painted ??= startScripts("paint").then((loaded) => ((settled = true), loaded)));

/**
 * A tap on Play or a moment link before the player's script has arrived would leave for
 * YouTube (on a phone, its app). It is held instead and replayed on the same link once the
 * script has loaded, which then plays it in the page; should the script fail or be slow, the
 * link is followed after all. A tap asking for a new tab or window is left alone.
 */
function holdTap(event: MouseEvent): void {
  // A click dispatched at the document or the window has no closest().
  const link = (event.target as Partial<Element>).closest?.<HTMLAnchorElement>(HELD_TAPS);
  if (settled || !link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const { href } = link; // the player's script takes it off the play control
  // Whichever comes first: the scripts loaded (or failed), or the time a tap can wait.
  void new Promise<boolean>((resolve) => {
    void startPaintScripts().then(resolve);
    setTimeout(resolve, REPLAY_WITHIN_MS, false);
  }).then((loaded) => {
    if (loaded) link.click();
    else location.assign(href);
  });
}
addEventListener("click", holdTap, true);

// Two animation frames and a task: by then a frame of the page has been drawn, with its text
// (its CSS is inline, and nothing else holds its paint). The first-contentful-paint entry would
// not do: Firefox records none for a page scrolled before it painted, as a drill page, a `?t=`
// address, a `#fragment` or a reload after scrolling is.
requestAnimationFrame(() =>
  requestAnimationFrame(() =>
    setTimeout(() => {
      void startPaintScripts();
    }),
  ),
);

// Before the press itself is handled (pointerdown and keydown come before click). A press
// means the page is on screen, so whatever waits for the paint starts too; and each press starts
// what it is for (a template once started is gone, so nothing starts twice).
for (const type of ["pointerdown", "keydown"]) {
  addEventListener(
    type,
    (event) => {
      void startPaintScripts();
      void startScripts("interaction", event.target);
    },
    true, // capture: before the page's own handlers (it never cancels the press)
  );
}
