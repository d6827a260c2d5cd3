import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { argmap, composeProse, summarize } from "../../src/index.js";
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

  test("a name that ends like a plural keeps its capital before a verb of a singular subject; plurals and -ics nouns do not", () => {
    // Names in no list: the verb after them tells.
    for (const [text, expected] of [
      ["Pythagoras argues that numbers rule.", "Pythagoras argues that numbers rule"],
      ["Archimedes was right.", "Archimedes was right"],
      ["Hades isn't a place.", "Hades isn't a place"],
      ["Aristophanes has a point.", "Aristophanes has a point"],
      // Plural nouns, and singular nouns in -ics and -ness, are common words.
      ["Sanctions are costly.", "sanctions are costly"],
      ["Students need time.", "students need time"],
      ["Politics is hard.", "politics is hard"],
      ["Economics has limits.", "economics has limits"],
      ["Fairness is rare.", "fairness is rare"],
      ["News is cheap.", "news is cheap"],
      // "is" later in the sentence is not right after the word.
      ["Arms exports is a topic.", "arms exports is a topic"],
      ["Weapons island is small.", "weapons island is small"],
    ] as const) {
      expect(clause(text)).toBe(expected);
    }
    // The well-known ones are listed, whatever verb follows.
    expect(clause("Socrates taught Plato.")).toBe("Socrates taught Plato");
    expect(clause("Texas sells oil.")).toBe("Texas sells oil");
  });

  test("every marker of both languages is dropped before a comma, as if the claim opened without it", () => {
    // The markers are found by their first word (a text whose first word opens no marker is not searched): this holds that lookup to every list.
    for (const [language, clause] of [
      [en, "the tax is high."],
      [de, "Die Steuer ist hoch."],
    ] as const) {
      const plain = embed(clause, language, none).text;
      for (const marker of language.embedding.markers) {
        const word = marker.replace(/,$/u, "");
        const text = `${word.charAt(0).toUpperCase()}${word.slice(1)}, ${clause}`;
        expect([text, embed(text, language, none).text]).toEqual([text, plain]);
      }
    }
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
    expect(embed("Should cities ban cars?", en, none)).toMatchObject({ text: "should cities ban cars", question: true, keptMarker: false });
  });
});

describe("embed (German)", () => {
  test("drops conjunctions and answer words; a verb-second adverb goes and the verb moves behind its subject", () => {
    expect(satz("Aber Fleisch schmeckt gut.")).toBe("Fleisch schmeckt gut");
    expect(satz("Ja, das ist teuer.")).toBe("Das ist teuer");
    expect(satz("Außerdem, die Kosten steigen.")).toBe("Die Kosten steigen");
    expect(satz("Außerdem ist das teuer.")).toBe("Das ist teuer");
    expect(satz("Außerdem ist ein fleischarmer Speiseplan gesünder.")).toBe("Ein fleischarmer Speiseplan ist gesünder");
    expect(satz("Zudem müsste es dafür mehr Personal geben.")).toBe("Es müsste dafür mehr Personal geben");
    expect(satz("Trotzdem ist es die billigste Maßnahme, die sofort wirkt.")).toBe("Es ist die billigste Maßnahme, die sofort wirkt");
    expect(satz("Deshalb sollten Kommunen Geld bekommen.")).toBe("Kommunen sollten Geld bekommen");
  });

  test("after a dropped conjunction or answer word the order is already subject first: nothing moves", () => {
    // The first word is an adjective, not a verb that lost its subject.
    expect(satz("Ja, aber ältere Kundschaft will direkt vor dem Laden parken.")).toBe("Ältere Kundschaft will direkt vor dem Laden parken");
    expect(satz("Und neue Radwege kosten viel Geld.")).toBe("Neue Radwege kosten viel Geld");
    expect(satz("Aber kleine Betriebe können das kaum bezahlen.")).toBe("Kleine Betriebe können das kaum bezahlen");
    // A segment that itself opens with its verb still gets its subject first.
    expect(satz("trifft die Regel vor allem kleine Betriebe.")).toBe("Die Regel trifft vor allem kleine Betriebe");
  });

  test("quotes a verb-second claim whose subject it cannot find", () => {
    const out = embed("Außerdem ist heute alles teurer.", de, none);
    expect(out.keptMarker).toBe(true);
    expect(out.text).toBe("Außerdem ist heute alles teurer");
  });

  test("a subordinate fragment keeps its verb last, for a template with “dass”", () => {
    const fragment = embed("Da sich niemand das Recht anmaßen kann, über das Leben anderer zu entscheiden.", de, none);
    expect(fragment).toMatchObject({ text: "sich niemand das Recht anmaßen kann, über das Leben anderer zu entscheiden", verbFinal: true });
    expect(embed("Weil es regnet", de, none)).toMatchObject({ text: "es regnet", verbFinal: true });
    // A main clause after the comma: a whole sentence, kept as it is.
    expect(embed("Da es regnet, bleiben wir zu Hause.", de, none, false)).toMatchObject({ text: "Da es regnet, bleiben wir zu Hause", verbFinal: false });
  });

  test("drops connectives in the middle of a clause, and marks a concession", () => {
    expect(satz("Die Beiträge müssten jedoch stark steigen.")).toBe("Die Beiträge müssten stark steigen");
    expect(embed("Das ist zwar teuer.", de, none, false)).toMatchObject({ text: "Das ist teuer", concessive: true });
    expect(embed("Das ist zwar teuer, aber es lohnt sich.", de, none)).toMatchObject({ concessive: false });
    expect(embed("Obwohl die Mieten steigen.", de, none)).toMatchObject({ text: "die Mieten steigen", concessive: true, verbFinal: true });
  });

  test("lower-cases only function words (prepositions included), never nouns", () => {
    expect(satz("Die Kosten steigen.", true)).toBe("die Kosten steigen");
    expect(satz("Für die Pleitebank zahlt der Staat.", true)).toBe("für die Pleitebank zahlt der Staat");
    expect(satz("Kosten steigen.", true)).toBe("Kosten steigen");
    expect(satz("Deutschland zahlt mehr.", true)).toBe("Deutschland zahlt mehr");
    expect(satz("Die Kosten steigen.", false)).toBe("Die Kosten steigen");
  });
});

describe("embed: standalone claims (English)", () => {
  test("drops the connectives of the source's position", () => {
    expect(clause("That's why the proposal speaks of shorter weeks.")).toBe("the proposal speaks of shorter weeks");
    expect(clause("for they are there for our recreation")).toBe("they are there for our recreation");
    expect(clause("For many people, the fees are too high.")).toBe("for many people, the fees are too high");
    expect(clause("Also the threat of sanctions is real.")).toBe("the threat of sanctions is real");
    expect(clause("Curiously, however, there are more bins than ever.")).toBe("there are more bins than ever");
    expect(clause("as they can adjust the rent")).toBe("they can adjust the rent");
    expect(clause("Others, however, regard it as too much of an intervention.")).toBe("others regard it as too much of an intervention");
    expect(clause("Italy, France and Spain agree.")).toBe("Italy, France and Spain agree");
  });

  test("marks concessions, demonstrative subjects and inference rules", () => {
    expect(embed("Admittedly, the bins take up room.", en, none)).toMatchObject({ text: "the bins take up room", concessive: true });
    expect(embed("although they have taken or destroyed another life", en, none)).toMatchObject({ text: "they have taken or destroyed another life", concessive: true });
    expect(embed("Although fees are high, students still enrol.", en, none)).toMatchObject({ concessive: false });
    expect(embed("That's costly.", en, none)).toMatchObject({ deictic: true });
    // A pronoun subject with a verb of its own points back; the "it" of "it is unfair to …" does not.
    expect(embed("It deters nobody.", en, none)).toMatchObject({ deictic: true });
    expect(embed("It costs the town a fortune.", en, none)).toMatchObject({ deictic: true });
    expect(embed("It is unfair to fine people.", en, none)).toMatchObject({ deictic: false });
    expect(embed("It seems likely that prices rise.", en, none)).toMatchObject({ deictic: false });
    expect(embed("It was raining.", en, none)).toMatchObject({ deictic: false });
    expect(embed("If costs are low, turnover is high.", en, none)).toMatchObject({ conditional: true });
  });

  test("keeps the lead sentence of a long claim when asked, and Markdown links as their text", () => {
    const text = "The law is currently inconsistent. Cannabis and speed have comparable effects to those of alcohol, e.g. in traffic.";
    expect(embed(text, en, none, { lead: true })).toMatchObject({ text: "the law is currently inconsistent", shortened: true });
    expect(embed("Yes. Fees are too high.", en, none, { lead: true }).text).toBe("fees are too high");
    expect(embed("Prices fell, e.g. in Madrid. See the report.", en, none, { lead: true }).text).toBe("prices fell, e.g. in Madrid");
    expect(clause("See the report: [Madrid Central](https://example.org/madrid-(central)).")).toBe("See the report: Madrid Central");
  });

  test("Markdown emphasis around words is dropped; an asterisk or underscore inside a word or between numbers stays", () => {
    expect(clause("Exemptions keep access open *where it is needed*.")).toMatch(/keep access open where it is needed$/);
    expect(clause("This is **very** important, and __always__ so.")).toMatch(/is very important, and always so$/);
    expect(clause("Name files like snake_case_names.")).toMatch(/snake_case_names$/);
    expect(clause("Then 5 * 3 * 2 is thirty.")).toMatch(/5 \* 3 \* 2 is thirty$/);
  });

  test("a word after an opening marker is not learnt as a name", () => {
    const vocabulary = new Vocabulary().add("However, Universities need the income. But Shops close.");
    expect(vocabulary.isName("Universities")).toBe(false);
    expect(vocabulary.isName("Shops")).toBe(false);
    expect(new Vocabulary().add("We met Anna there.").isName("Anna")).toBe(true);
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

describe("embed never changes content words (property)", () => {
  const tables = { en, de } as const;
  /** Words as the property compares them: letters and digits, case folded. */
  const wordsOf = (text: string): string[] => (text.toUpperCase().toLowerCase().normalize("NFD").match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
  /** Words a table may drop: function words, markers, subordinators, connectives. */
  const discourse = (table: typeof en): Set<string> => {
    const out = new Set<string>(table.embedding.functionWords);
    const lists = [table.embedding.markers, table.embedding.subordinators, table.embedding.verbSecond, table.embedding.concessive, table.embedding.beforeSubject?.conjunctions ?? []];
    for (const list of lists) for (const marker of list) for (const w of wordsOf(marker)) out.add(w);
    for (const w of ["however", "therefore", "though", "course", "after", "fact", "indeed", "too", "then", "thus", "hence", "jedoch", "allerdings", "trotzdem", "dennoch", "zudem", "außerdem", "ferner", "deshalb", "deswegen", "daher", "nämlich", "übrigens", "zwar"]) out.add(w);
    return out;
  };
  const phrase = (table: typeof en): fc.Arbitrary<string> => {
    const vocabulary = [
      ...table.embedding.markers.slice(0, 40),
      ...table.embedding.subordinators,
      ...table.embedding.verbSecond.slice(0, 10),
      ...table.embedding.concessive,
      "The", "tax", "is", "high", "Germany", "pays", "ist", "das", "teuer", "Die", "Kosten", "steigen", "if", "that's", ",", ".", "?", "“", "”", "„", "e.g.", "Shops",
    ];
    return fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 14 }).map((parts) => parts.join(" "));
  };

  test.each(["en", "de"] as const)("%s: every word it writes is a word of the claim, and only discourse words are dropped", (code) => {
    const table = tables[code];
    const dropped = discourse(table);
    fc.assert(
      fc.property(phrase(table), fc.boolean(), fc.boolean(), (text, lowerFirst, lead) => {
        const out = embed(text, table, none, { lowerFirst, lead });
        const original = wordsOf(text);
        const left = new Map<string, number>();
        for (const w of original) left.set(w, (left.get(w) ?? 0) + 1);
        for (const w of wordsOf(out.text)) {
          const n = left.get(w) ?? 0;
          expect(n, `"${w}" is not a word of ${JSON.stringify(text)} (got ${JSON.stringify(out.text)})`).toBeGreaterThan(0);
          left.set(w, n - 1);
        }
        if (lead || text.includes("](")) return;
        for (const [w, n] of left) {
          if (n === 0 || dropped.has(w)) continue;
          // A sentence adverb ("Curiously,") is dropped on purpose.
          if (table.embedding.sentenceAdverb?.test(`${w[0]!.toUpperCase()}${w.slice(1)}, x`) === true) continue;
          expect.fail(`content word "${w}" of ${JSON.stringify(text)} was dropped: ${JSON.stringify(out.text)}`);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("citations still quote the claim's original words", () => {
    fc.assert(
      fc.property(phrase(en), (text) => {
        const claim = text.trim() === "" ? "x" : text;
        const map = argmap("p").source({ id: "s", title: "S", text: claim }).thesis("t", claim, { quote: claim }).build();
        const summary = summarize(map);
        expect(summary.roots[0]!.citations[0]!.quote).toBe(claim);
        expect(summary.roots[0]!.text).toBe(claim);
        expect(composeProse(summary)[0]!.sentences[0]!.citations[0]!.quote).toBe(claim);
      }),
      { numRuns: 100 },
    );
  });
});

describe("Vocabulary", () => {
  test("answers the same whether it looks words up in its texts or has read them word by word", () => {
    const word = fc.constantFrom("Paris", "paris", "Cars", "car", "cars", "Human", "humans", "The", "the", "x-Ray", "Élan", "élan", "Boxes", "box", "𝐀", "𝐀Paris");
    const text = fc.array(fc.oneof(word, fc.constantFrom(" ", ". ", ", ", "-", "'", "’", "\n", "However, ", "und ")), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), fc.array(word, { minLength: 1, maxLength: 6 }), (texts, asked) => {
        const lookedUp = new Vocabulary();
        const read = new Vocabulary();
        for (const t of texts) {
          lookedUp.add(t);
          read.add(t);
        }
        for (let i = 0; i < 250; i++) read.isName("Zzz");
        // A word right after a quotation mark at the start of a text starts a sentence (found by fast-check: ["", "’Paris"]).
        for (const w of asked) {
          expect(lookedUp.isName(w), `isName(${w})`).toBe(read.isName(w));
          expect(lookedUp.seenLower(w), `seenLower(${w})`).toBe(read.seenLower(w));
        }
      }),
      { numRuns: 1000 },
    );
    const lookedUp = new Vocabulary().add("").add("’Paris");
    expect(lookedUp.isName("Paris")).toBe(false);
  });
});
