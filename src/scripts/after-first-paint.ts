/**
 * Starts the page's held scripts. Components keep their module scripts in `<template
 * data-after="paint">` or `<template data-after="interaction">`, where the browser neither
 * fetches nor runs them, so the first paint waits for the document alone. The first start once
 * the page has painted, the others when the reader first presses a key or points at something
 * (or, with `data-within`, presses the control they belong to).
 * Until they arrive, every control is a real link that works without them.
 */
function startScripts(until: "paint" | "interaction", target?: EventTarget | null): void {
  // By address, or by text for the small ones Astro puts inside the page (allowed by their hash).
  const held = new Map<string, { src: string } | { text: string }>();
  for (const template of document.querySelectorAll<HTMLTemplateElement>(`template[data-after="${until}"]`)) {
    // A script `data-within` a control waits for a press on that control, not just any.
    const within = template.dataset["within"];
    if (within && !(target instanceof Element && target.closest(within))) continue;
    for (const script of template.content.querySelectorAll("script")) {
      const src = script.getAttribute("src");
      held.set(src ?? script.text, src ? { src } : { text: script.text });
    }
    template.remove();
  }
  // A component used several times holds the same script several times: it runs once.
  for (const source of held.values()) {
    const script = document.createElement("script");
    script.type = "module";
    if ("src" in source) script.src = source.src;
    else script.text = source.text;
    document.head.append(script);
  }
}

// The first contentful paint where the browser reports it; otherwise the frame after the next.
if (PerformanceObserver.supportedEntryTypes.includes("paint")) {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName("first-contentful-paint").length) return;
    observer.disconnect();
    startScripts("paint");
  }).observe({ type: "paint", buffered: true });
} else {
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        startScripts("paint");
      }),
    ),
  );
}

// Before the press itself is handled (pointerdown and keydown come before click). Each press
// starts what it is for; a template once started is gone, so nothing starts twice.
for (const type of ["pointerdown", "keydown"]) {
  addEventListener(
    type,
    (event) => {
      startScripts("interaction", event.target);
    },
    { capture: true, passive: true },
  );
}
