import { describe, expect, test } from "vitest";
import { balanceQuotes, embed, firstWords, normalizedText, reference, Vocabulary } from "../../src/summarize/embed.js";
import { de } from "../../src/summarize/languages/de.js";
import { en } from "../../src/summarize/languages/en.js";

const none = new Vocabulary();
const clause = (text: string, vocabulary = none): string => embed(text, en, vocabulary).text;
const satz = (text: string, lower = false): string => embed(text, de, none, lower).text;

describe("embed (English)", () => {
  test("drops leading discourse markers the template replaces", () => {
    expect(clause("Yes, it's annoying.")).toBe("it's annoying");
    expect(clause("But still Germany pays more.")).toBe("Germany pays more");
    expect(clause("and too many resources are used.")).toBe("too many resources are used");
    expect(clause("However, shops would lose customers.")).toBe("shops would lose customers");
    expect(clause("First, since both methods work, we can choose.")).toBe("since both methods work, we can choose");
    expect(clause("since there is a chance of rain")).toBe("there is a chance of rain");
    expect(clause("Besides, Therefore, it is late.")).toBe("it is late");
  });

  test("keeps markers that start a main clause or are not markers at all", () => {
    expect(clause("Since 2010, prices rose.")).toBe("since 2010, prices rose");
    expect(clause("Yes votes were counted.")).toBe("yes votes were counted");
    expect(clause("So many people agree.")).toBe("so many people agree");
  });

  test("trims trailing commas and semicolons and ends without a mark", () => {
    expect(clause("conventional treatments,.")).toBe("conventional treatments");
    expect(clause("it works;;")).toBe("it works");
    expect(clause("我们应该回收。")).toBe("我们应该回收");
    expect(clause("\"We must act.\"")).toBe("\"we must act\"");
  });

  test("lower-cases function words and learnt common words, never names, acronyms or I", () => {
    expect(clause("The tax is high.")).toBe("the tax is high");
    expect(clause("Three different bin bags are too many.")).toBe("three different bin bags are too many");
    expect(clause("Japan could help.")).toBe("Japan could help");
    expect(clause("EU rules apply.")).toBe("EU rules apply");
    expect(clause("Kyiv needs air defence.")).toBe("Kyiv needs air defence");
    expect(clause("I'll begin here.")).toBe("I'll begin here");
    expect(clause("Shops would lose customers.")).toBe("shops would lose customers");
    expect(clause("Walking is healthy.")).toBe("walking is healthy");
    expect(clause("Wales is small.")).toBe("Wales is small");
    const vocabulary = new Vocabulary().add("We ask whether pizza is good. They like Pizza Hut and ask Sam.");
    expect(clause("Pizza is quick.", vocabulary)).toBe("Pizza is quick");
    expect(clause("Sam cannot come.", vocabulary)).toBe("Sam cannot come");
    expect(clause("Cheese is cheap.", new Vocabulary().add("We like cheese."))).toBe("cheese is cheap");
    // The other number of a word the map writes in lower case is a common word too.
    expect(clause("Human artists learn from others.", new Vocabulary().add("But humans do not copy."))).toBe("human artists learn from others");
    expect(clause("Buses are full.", new Vocabulary().add("Take the bus."))).toBe("buses are full");
  });

  test("keeps quotation marks balanced", () => {
    expect(balanceQuotes("“Enough” he said “stop")).toBe("“Enough” he said “stop”");
    expect(balanceQuotes("he said stop”")).toBe("“he said stop”");
    expect(balanceQuotes('"we win')).toBe('"we win"');
    expect(balanceQuotes("„Genug“, sagte er")).toBe("„Genug“, sagte er");
    expect(balanceQuotes("„Genug, sagte er")).toBe("„Genug, sagte er“");
    expect(clause("Yes, “this is it.”")).toBe("“this is it”");
  });

  test("tells questions", () => {
    expect(embed("Should cities ban cars?", en, none)).toEqual({ text: "should cities ban cars", question: true, keptMarker: false });
  });
});

describe("embed (German)", () => {
  test("drops conjunctions and answer words, and verb-second adverbs only where the word order allows", () => {
    expect(satz("Aber Fleisch schmeckt gut.")).toBe("Fleisch schmeckt gut");
    expect(satz("Denn die Tierhaltung schadet dem Klima.")).toBe("die Tierhaltung schadet dem Klima");
    expect(satz("Ja, das ist teuer.")).toBe("das ist teuer");
    expect(satz("Außerdem ist das teuer.")).toBe("Außerdem ist das teuer");
    expect(satz("Außerdem, die Kosten steigen.")).toBe("die Kosten steigen");
    expect(satz("Weil es regnet")).toBe("es regnet");
  });

  test("lower-cases only function words, never nouns", () => {
    expect(satz("Die Kosten steigen.", true)).toBe("die Kosten steigen");
    expect(satz("Kosten steigen.", true)).toBe("Kosten steigen");
    expect(satz("Deutschland zahlt mehr.", true)).toBe("Deutschland zahlt mehr");
    expect(satz("Die Kosten steigen.", false)).toBe("Die Kosten steigen");
  });
});

describe("references and normalized text", () => {
  test("a title, else the first words, in the language's quotation marks", () => {
    expect(reference("Japan's export framework has become more flexible, allowing Tokyo to act.", undefined, en)).toBe("“Japan's export framework has become more flexible…”");
    expect(reference("Long text here.", "Flexibility", en)).toBe("“Flexibility”");
    expect(reference("Die Steuer ist zu hoch.", undefined, de)).toBe("„Die Steuer ist zu hoch“");
    expect(firstWords("one two three four five six seven eight nine ten")).toBe("one two three four five six seven eight…");
  });

  test("normalizedText ignores case, punctuation and spacing", () => {
    expect(normalizedText("Society is doomed, and must be saved!")).toBe(normalizedText("society is  doomed and must be saved"));
  });
});
