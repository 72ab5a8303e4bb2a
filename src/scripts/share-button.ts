/**
 * `<share-button data-url data-title>` around a link to the page being shared: upgrades the
 * link to a button that uses the Web Share API where there is one, and otherwise copies the
 * link to the clipboard, showing and announcing the outcome in the element's status. Its
 * address and name can change while the page is open (`url`, `rename()`: "Share from 5:01").
 */
import { scriptStrings as strings } from "../lib/browser/strings";

/** How long "Link copied" stays up. */
const CONFIRMATION_MS = 2500;

export class ShareButton extends HTMLElement {
  #control: Element | null = null;
  #text: Element | null = null;
  #status: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const link = this.querySelector("a.share");
    this.#status = this.querySelector(".share-status");
    this.#text = this.querySelector(".share-text");
    if (!link) return;
    const button = document.createElement("button");
    button.type = "button";
    // Same class, label and scoped-style attributes: the button looks and reads like the link did.
    for (const { name, value } of link.attributes) if (name !== "href") button.setAttribute(name, value);
    button.append(...link.childNodes);
    button.addEventListener("click", () => void this.share());
    link.replaceWith(button);
    this.#control = button;
  }

  /** The address it shares. */
  get url(): string {
    return this.dataset["url"] ?? location.href;
  }

  set url(address: string) {
    this.dataset["url"] = address;
  }

  /** Renames the control: its name for screen readers, also shown beside the icon where it has words. */
  rename(name: string): void {
    this.#control?.setAttribute("aria-label", name);
    if (this.#text) this.#text.textContent = name;
  }

  async share(): Promise<void> {
    const url = this.url;
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

declare global {
  interface HTMLElementTagNameMap {
    "share-button": ShareButton;
  }
}

if (!customElements.get("share-button")) customElements.define("share-button", ShareButton);
