/**
 * Starts the page's scripts once it has painted. Components keep their module scripts in
 * `<template data-after-paint>`, where the browser neither fetches nor runs them, so the
 * first paint waits for the document alone; the scripts then load as usual. Until they
 * arrive, every control is a real link that works without them.
 */
function startScripts(): void {
  const sources = new Set<string>();
  for (const template of document.querySelectorAll<HTMLTemplateElement>("template[data-after-paint]")) {
    for (const held of template.content.querySelectorAll("script[src]")) sources.add(held.getAttribute("src") ?? "");
    template.remove();
  }
  // A component used several times holds the same script several times: it runs once.
  for (const src of sources) {
    const script = document.createElement("script");
    script.type = "module";
    script.src = src;
    document.head.append(script);
  }
}

// The first contentful paint where the browser reports it; otherwise the frame after the next.
if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName("first-contentful-paint").length) return;
    observer.disconnect();
    startScripts();
  }).observe({ type: "paint", buffered: true });
} else {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(startScripts)));
}
