import { describe, expect, it } from "vitest";
import { articleCard, drillCard, posterCard, siteCard } from "../../src/lib/build/cards/cards";
import { stretchingArticle as article } from "./article-fixture";

const [kneeling] = article.chapters;
if (!kneeling) throw new Error("the test article has a drill");

describe("what each card shows, and says to a reader who cannot see it", () => {
  it("an article's card shows its title and the length of its video, and its alt text quotes the title", () => {
    const card = articleCard(article);
    expect(card.content).toMatchObject({ title: "Stretching and your back", width: 1200, height: 630 });
    expect(card.content.caption).toContain("8 min");
    expect(card.alt).toContain("“Stretching and your back”");
    expect(card.alt).toContain("Back in Motion");
  });

  it("a drill's card shows its time in the chip and names its article; its alt text says the time", () => {
    const card = drillCard(article, kneeling);
    expect(card.content).toMatchObject({ title: "Kneeling stretch", chip: "4:20" });
    expect(card.content.caption).toContain("Stretching and your back");
    expect(card.alt).toContain("“Kneeling stretch”");
    expect(card.alt).toContain("4:20");
  });

  it("the site's card and the poster show what they stand for", () => {
    const site = siteCard();
    expect(site.alt).toContain(site.content.title);
    expect(posterCard(article)).toMatchObject({ title: "Why stretching hurts", width: 1280, height: 720 });
  });

  it("every card, whatever it shows, carries the site's name", () => {
    const cards = [siteCard().content, articleCard(article).content, drillCard(article, kneeling).content, posterCard(article)];
    expect(new Set(cards.map((card) => card.siteName))).toEqual(new Set(["Back in Motion"]));
  });
});
