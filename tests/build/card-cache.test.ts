import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCopy, copyProject, ROOT } from "../../tools/project-copy";
import { ARTICLE } from "../site-facts";

const SLUG = ARTICLE.slug;
const ORIGINAL = readFileSync(path.join(ROOT, "content", "articles", `${SLUG}.mdx`), "utf8");
const copy = copyProject("card-cache-test-");
const cards = path.join(copy.cacheDir, "card-images");

afterAll(() => {
  copy.remove();
});

/** Every PNG of the built site, by address, as a hash of its bytes. */
function builtImages(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(copy.distDir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".png"))
      .sort()
      .map((file) => [
        `/${file}`,
        createHash("sha256")
          .update(readFileSync(path.join(copy.distDir, file)))
          .digest("hex"),
      ]),
  );
}
const cacheEntries = () => new Set(readdirSync(cards));

describe("cards kept between builds", () => {
  it("redraws exactly the cards that show a changed title, and a kept card is the one a cold build draws", async () => {
    writeFileSync(path.join(copy.articlesDir, `${SLUG}.mdx`), ORIGINAL);
    await buildCopy(copy);
    const before = builtImages();
    const entriesBefore = cacheEntries();
    expect(Object.keys(before)).toEqual([
      "/apple-touch-icon.png",
      `/${SLUG}/card.png`,
      ...ARTICLE.drills.map((drill) => `${drill.path}card.png`),
      "/card.png",
      `/posters/${SLUG}.png`,
    ]);
    expect(entriesBefore.size).toBe(5);

    // The article's title is on its card and, as "From “…”", on its drills' cards; the poster shows the video's title.
    const retitled = ORIGINAL.replace(/^title: .*$/m, "title: Stretching Harder Is Not The Answer");
    expect(retitled).not.toBe(ORIGINAL);
    writeFileSync(path.join(copy.articlesDir, `${SLUG}.mdx`), retitled);
    await buildCopy(copy);
    const after = builtImages();
    const changed = Object.keys(after).filter((file) => after[file] !== before[file]);
    expect(changed).toEqual([`/${SLUG}/card.png`, ...ARTICLE.drills.map((drill) => `${drill.path}card.png`)]);
    const added = [...cacheEntries()].filter((entry) => !entriesBefore.has(entry));
    expect(added).toHaveLength(1 + ARTICLE.drills.length); // the article's card and its drills'

    // Without the cache every card is drawn again: the same bytes as the cards the warm build kept.
    rmSync(copy.cacheDir, { recursive: true, force: true });
    await buildCopy(copy);
    expect(builtImages()).toEqual(after);
  }, 600_000);
});
