/**
 * `<share-button data-url data-title>` around a link to the page being shared: upgrades the
 * link to a button that uses the Web Share API where there is one, and otherwise copies the
 * link to the clipboard, showing and announcing the outcome in the element's status.
 */
import { scriptStrings as strings } from "../lib/strings";

/** How long "Link copied" stays up. */
const CONFIRMATION_MS = 2500;

class ShareButton extends HTMLElement {
  #status: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const link = this.querySelector("a.share");
    this.#status = this.querySelector(".share-status");
    if (!link) return;
    const button = document.createElement("button");
    button.type = "button";
    // Same class, label and scoped-style attributes: the button looks and reads like the link did.
    for (const { name, value } of link.attributes) if (name !== "href") button.setAttribute(name, value);
    button.append(...link.childNodes);
    button.addEventListener("click", () => void this.share());
    link.replaceWith(button);
  }

  async share(): Promise<void> {
    const url = this.dataset["url"] ?? location.href;
    const data = { title: this.dataset["title"] ?? document.title, url };
    // Browsers without Web Share have neither function, whatever the DOM typings say.
    if (typeof navigator.share === "function" && (typeof navigator.canShare !== "function" || navigator.canShare(data))) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return; // the reader closed the share sheet
        // Otherwise (not allowed here, say) copying the link still helps.
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      this.#say(strings.linkCopied, "done");
    } catch {
      this.#say(strings.copyByHand(url), "manual");
    }
  }

  #say(message: string, kind: "done" | "manual"): void {
    if (!this.#status) return;
    clearTimeout(this.#timer);
    this.#status.dataset["kind"] = kind;
    this.#status.textContent = message;
    // The confirmation goes away by itself; a link to copy by hand stays until the next press.
    if (kind === "done") this.#timer = setTimeout(() => this.#status && (this.#status.textContent = ""), CONFIRMATION_MS);
  }
}

if (!customElements.get("share-button")) customElements.define("share-button", ShareButton);
