// `npm run new -- "Three ways to ease a stiff neck"`: starts an article as a draft in
// content/articles/ (ARTICLES_DIR moves it, as for the build), never over an existing one.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_AUTHOR } from "../src/consts.ts";
import { articleSlug, newArticleSource } from "../src/lib/build/new-article.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const USAGE = 'Give the article\'s title in quotes after "--": npm run new -- "Three ways to ease a stiff neck"';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const title = process.argv.slice(2).join(" ").trim();
if (title === "") fail(`No title given, so no article was written.\n${USAGE}`);
const slug = articleSlug(title);
if (slug === "")
  fail(`The title ${JSON.stringify(title)} has no letters or digits to make the article's address from.\n${USAGE}`);

const articlesDir = path.resolve(ROOT, process.env["ARTICLES_DIR"] ?? "content/articles");
const file = path.join(articlesDir, `${slug}.mdx`);
const shown = path.relative(process.cwd(), file);
try {
  // "wx": never replace an article that is already there.
  writeFileSync(file, newArticleSource({ title, date: new Date(), author: DEFAULT_AUTHOR }), { flag: "wx" });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === "EEXIST") {
    fail(`${shown} already exists, so nothing was written. Open it to go on writing, or choose another title.`);
  }
  throw error;
}
console.log(`Wrote ${shown}, a draft: npm run dev shows it, with a "Draft" label.
Next: write the text, set video.youtubeId, the video's duration and its chapters, then delete the "draft: true" line to publish it.`);
