import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgmapError, ArgumentMap, argmap, composeProse, loadArgumentMap, summarize, toProse, toText, type ArgumentSummary, type MapEvaluation, type SummaryArgument, type SummaryClaim } from "../../src/index.js";
import { wordCount } from "../../src/summarize/rank.js";
import { lunch } from "./fixtures.js";

function bare(map: ArgumentMap, options: { subject?: string; words?: number; language?: string } = {}): string {
  return toProse(summarize(map, { citations: false }), {
    width: 0,
    ...(options.subject !== undefined ? { subject: options.subject } : {}),
    ...(options.words !== undefined ? { budget: { words: options.words } } : {}),
    ...(options.language !== undefined ? { language: options.language } : {}),
  });
}

/** The verdict of the plain-text outline, which names every unanswered objection. */
function verdictLine(map: ArgumentMap): string {
  return toText(summarize(map, { citations: false }), { width: 0 }).split("\n").find((line) => /^(?:Verdict|Ergebnis): /.test(line)) ?? "";
}

/** The prose body: the text before the quotations, without note numbers. */
function body(prose: string): string {
  return prose.split(/\n\n(?:Quotations|Zitate)/)[0]!.replace(/ \[\d+(?:, \d+)*\]/g, "");
}

/** The texts of every claim written out in a summary. */
function collectClaims(summary: ArgumentSummary): string[] {
  const out: string[] = [];
  const claims: SummaryClaim[] = [...summary.roots];
  const args: SummaryArgument[] = [];
  while (claims.length > 0 || args.length > 0) {
    const claim = claims.pop();
    if (claim !== undefined) {
      out.push(claim.text);
      args.push(...claim.arguments);
      continue;
    }
    const argument = args.pop()!;
    for (const premise of argument.premises) if (premise.kind === "claim") claims.push(premise);
    args.push(...argument.arguments);
  }
  return out;
}

describe("toProse", () => {
  test("states the claim, its reason, the objection and the reply, with numbered quotations", () => {
    expect(toProse(summarize(lunch()))).toBe(
      [
        "The author argues that we should get pizza, because pizza is quick. [1, 2]",
        "",
        "The author anticipates the objection that Sam cannot eat cheese; the reply is",
        "that this does not count against it, since there is vegan pizza. [3, 4]",
        "",
        "The thesis stands: the objection is answered.",
        "",
        "Quotations from Team chat:",
        "[1] “We should get pizza”",
        "[2] “pizza is quick”",
        "[3] “Sam cannot eat cheese”",
        "[4] “there is vegan pizza”",
        "",
      ].join("\n"),
    );
  });

  test("quotes inline, or not at all, and takes a subject", () => {
    expect(toProse(summarize(lunch()), { citationStyle: "inline", width: 0, subject: "Ann" })).toBe(
      "Ann argues that we should get pizza, because pizza is quick. (“We should get pizza”; “pizza is quick”)\n\n" +
        "Ann anticipates the objection that Sam cannot eat cheese; the reply is that this does not count against it, since there is vegan pizza. (“Sam cannot eat cheese”; “there is vegan pizza”)\n\n" +
        "The thesis stands: the objection is answered.\n",
    );
    const none = toProse(summarize(lunch()), { citations: false, width: 0 });
    expect(none).not.toMatch(/\[\d|“/);
    expect(toProse(summarize(lunch(), { citations: false }), { width: 0 })).toBe(none);
  });

  test("groups short parallel reasons in the opening, and counts reasons in words, ending the list with Finally", () => {
    const map = argmap("Walk")
      .thesis("t", "We should walk.")
      .claim("a", "Walking is healthy.")
      .claim("b", "The weather is fine.")
      .claim("c", "The car is broken.")
      .support("a", "t")
      .support("b", "t")
      .support("c", "t")
      .build();
    expect(bare(map)).toBe("At issue is the claim that we should walk, for three reasons: walking is healthy, the weather is fine, and the car is broken.\n");
    const long = argmap("Walk")
      .thesis("t", "We should walk to the station this morning instead of taking the car.")
      .claim("a", "Walking for half an hour is healthy, as every doctor will tell you.")
      .claim("b", "The weather is fine and the forecast says it will stay dry all day.")
      .claim("c", "The car is broken.")
      .support("a", "t")
      .support("b", "t")
      .support("c", "t")
      .build();
    // Too long for the opening sentence: grouped in a sentence of their own, with semicolons around clauses that have commas.
    expect(bare(long)).toContain(
      "taking the car. Three reasons are given for it: walking for half an hour is healthy, as every doctor will tell you; the weather is fine and the forecast says it will stay dry all day; and the car is broken.",
    );
    const sentences = argmap("Walk")
      .thesis("t", "We should walk.")
      .claim("a", "Walking is healthy, as every doctor will tell you, and it costs nothing at all, not even the price of a ticket.")
      .claim("b", "The weather is fine, and the forecast says it will stay dry all day, from the morning until late at night.")
      .support("a", "t")
      .support("b", "t")
      .build();
    expect(bare(sentences)).toContain("Two reasons are given for it. First, walking is healthy");
  });

  test("joins linked premises and puts the backing of a point after because", () => {
    const map = argmap("Bridge")
      .thesis("t", "The bridge will hold.")
      .claim("load", "The load is under ten tonnes.")
      .claim("rated", "The bridge is rated for ten tonnes.")
      .claim("weighed", "The truck was weighed this morning.")
      .support(["load", "rated"], "t")
      .support("weighed", "load")
      .build();
    expect(bare(map)).toBe(
      "At issue is the claim that the bridge will hold. The reason given is that the load is under ten tonnes and the bridge is rated for ten tonnes, because the truck was weighed this morning.\n",
    );
  });

  test("long linked premises follow in order, each sentence with its own note and then its backing; restated ones join the first", () => {
    const map = argmap("Ferry")
      .source({ id: "s", title: "Harbour notes", text: "The ferry should run at night. Night shifts, at the port and the hospital, end after midnight. Without a ferry, those workers, mostly nurses, walk an hour. A survey found that most of them have no car." })
      .thesis("t", "The ferry should run at night.", { quote: "The ferry should run at night" })
      .claim("shifts", "Night shifts, at the port and the hospital, end after midnight.", { quote: "Night shifts, at the port and the hospital, end after midnight" })
      .claim("walk", "Without a ferry, those workers, mostly nurses, walk an hour.", { quote: "Without a ferry, those workers, mostly nurses, walk an hour" })
      .claim("car", "A survey found that most of them have no car.", { quote: "A survey found that most of them have no car" })
      .claim("c2", "The ferry pays for itself.")
      .support(["shifts", "walk"], "t")
      .support("car", "walk")
      .support(["c2", "shifts"], "t")
      .build();
    const text = toProse(summarize(map), { width: 0, subject: "The report", budget: { words: 200 } });
    const prose = body(toProse(summarize(map), { width: 0, subject: "The report", budget: { words: 200 } }));
    // The second premise is its own sentence with its own note, before the backing of the point.
    const sentences = text.split("\n\n")[0]!.split(/(?<=[.?\]])\s+(?=[A-Z])/);
    const tail = sentences.findIndex((x) => x.includes("those workers, mostly nurses, walk an hour"));
    expect(tail).toBeGreaterThan(0);
    expect(sentences[tail]).toMatch(/\[\d+\]$/);
    expect(sentences[tail - 1]).toContain("night shifts, at the port and the hospital, end after midnight");
    expect(prose).not.toMatch(/Together with this|In addition,|Further,/);
    // The backing of the second premise follows the second premise, not the first.
    expect(prose).not.toContain("midnight, because");
    expect(sentences[tail + 1]).toContain("a survey found that most of them have no car");
    // A premise stated above joins the new one in its sentence.
    expect(prose).toMatch(/the ferry pays for itself, and night shifts[^.]*\(as stated above\)/i);
  });

  test("drops discourse markers, trims punctuation and keeps names capitalized", () => {
    const map = argmap("Bins")
      .thesis("t", "Yes, it's annoying to sort waste,.")
      .claim("a", "But still Japan recycles more than the EU;")
      .claim("b", "Three different bin bags are too many.")
      .claim("c", "since there is a chance that people give up.")
      .support("a", "t")
      .attack("b", "t")
      .support("c", "b")
      .build();
    expect(bare(map)).toBe(
      "At issue is the claim that it's annoying to sort waste, because Japan recycles more than the EU.\n\n" +
        "Critics object that three different bin bags are too many, because there is a chance that people give up.\n\n" +
        "The thesis does not stand, because the objection stated above goes unanswered.\n",
    );
  });

  test("keeps within the word budget and counts exactly the claims it did not mention", () => {
    const summary = summarize(ukraineJapan(), { citations: false });
    const claims = summary.stats.claims;
    for (const words of [40, 80, 120, 250]) {
      const text = body(toProse(summary, { width: 0, budget: { words } }));
      expect(wordCount(text)).toBeLessThanOrEqual(words);
      expect(wordCount(text)).toBeGreaterThanOrEqual(0.4 * words);
      expect(text).toMatch(/(?:One further point is|\w+ further points are) not covered in this summary\./);
      expect(collectClaims(summary)).toHaveLength(claims);
    }
    // The count is exact: five claims, two of them stated.
    const five = argmap("Five")
      .thesis("t", "We should walk.")
      .claim("a", "Walking is healthy for body and mind alike.")
      .claim("b", "The weather is fine today and tomorrow.")
      .claim("c", "The car is broken since Monday.")
      .claim("d", "Parking costs ten euros in the centre.")
      .support("a", "t")
      .support("b", "t")
      .support("c", "t")
      .support("d", "t")
      .build();
    expect(bare(five, { words: 30 })).toBe("At issue is the claim that we should walk, because walking is healthy for body and mind alike.\n\nThree further points are not covered in this summary.\n");
    // The article holds 330 words: the default is the documented 250 words, the cap.
    expect(wordCount(body(toProse(summary, { width: 0 })))).toBeLessThanOrEqual(250);
    // A budget given to summarize carries over.
    expect(toProse(summarize(ukraineJapan(), { budget: { words: 60 } }), { width: 0 })).toBe(toProse(summarize(ukraineJapan()), { width: 0, budget: { words: 60 } }));
  });

  test("never drops an unanswered objection before an answered one of lower weight", () => {
    const map = argmap("Cars")
      .thesis("t", "Cities should ban cars.")
      .claim("o1", "Shops would lose customers who come from far away by car every single day of the week.")
      .claim("o2", "Cars are convenient.")
      .claim("r2", "Buses are convenient too.")
      .claim("x1", "Shop owners said so.")
      .claim("x2", "A survey found it.")
      .attack("o1", "t", { id: "a1" })
      .attack("o2", "t", { id: "a2" })
      .attack("r2", "o2", { id: "a3" })
      .support("x1", "o1")
      .support("x2", "o1")
      .build();
    // o1 (unanswered, heavier) does not fit in 20 words: the answered o2 must not take its place.
    const text = bare(map, { words: 20 });
    expect(text).not.toContain("convenient");
    expect(wordCount(text)).toBeLessThanOrEqual(20);
  });

  test("writes a claim restated by its premise once, never that it rests on itself", () => {
    const map = argmap("Doom")
      .thesis("t", "Society is doomed and must be saved.")
      .claim("t2", "society is doomed, and must be saved")
      .claim("r", "Resources are running out.")
      .support("t2", "t")
      .support("r", "t2")
      .build();
    const text = bare(map);
    expect(text.match(/doomed/g)).toHaveLength(1);
    expect(text).toContain("resources are running out");
  });

  test("leaves isolated statements out with one closing line, and gives each root its own opening", () => {
    const map = new ArgumentMap({ title: "Notes" });
    map.addClaim({ id: "a", text: "Taxes should fall." });
    map.addClaim({ id: "b", text: "Growth is slow." });
    map.addClaim({ id: "c", text: "Schools need money." });
    map.addClaim({ id: "d", text: "Parents agree." });
    map.addClaim({ id: "i1", text: "I'll begin by making the premises explicit." });
    map.addClaim({ id: "i2", text: "This is a note." });
    map.addRelation({ id: "r1", type: "support", from: ["b"], to: "a" });
    map.addRelation({ id: "r2", type: "support", from: ["d"], to: "c" });
    const text = bare(map);
    expect(text).not.toContain("begin by");
    expect(text).toContain("The map also holds two statements that are not part of any argument.");
    expect(text).toContain("At issue is the claim that taxes should fall");
    expect(text).toContain("A further claim is that schools need money.");
  });

  test("restates an earlier claim briefly, never by a cut-off quotation, and names a target reason by its place in the list", () => {
    const text = toProse(summarize(ukraineJapan(), { citations: false }), { width: 0 });
    expect(text).not.toMatch(/its (?:second|third) claim/);
    expect(text).not.toMatch(/…” \(as noted above\)/);
    expect(text).toContain("Japan's export framework has become more flexible (as stated above)");
    expect(text).toContain("the first reason does not bear on the claim");
  });

  test("writes German from the language option or the summary's language", () => {
    const map = argmap("Fleisch")
      .thesis("t", "Wir sollten weniger Fleisch essen.")
      .claim("a", "Denn die Tierhaltung schadet dem Klima.")
      .claim("b", "Aber Fleisch schmeckt gut.")
      .claim("c", "Der Geschmack ist kein Argument für Schäden am Klima.")
      .support("a", "t")
      .attack("b", "t")
      .attack("c", "b")
      .build();
    const expected =
      "Zur Debatte steht die These: Wir sollten weniger Fleisch essen, denn die Tierhaltung schadet dem Klima.\n\n" +
      "Dagegen wird eingewandt: Fleisch schmeckt gut. Darauf wird erwidert: Der Geschmack ist kein Argument für Schäden am Klima.\n\n" +
      "Die These hat Bestand: Der Einwand wird beantwortet.\n";
    expect(bare(map, { language: "de" })).toBe(expected);
    expect(toProse(summarize(map, { citations: false, language: "de-DE" }), { width: 0 })).toBe(expected);
  });

  test("names the semantics and says which points stand under an evaluation", () => {
    const map = lunch();
    const labels = [["t", "in"], ["quick", "in"], ["cheese", "out"], ["vegan", "in"], ["s1", "in"], ["a1", "out"]] as const;
    const evaluation: MapEvaluation = { semantics: "grounded", complete: true, labels: labels.map(([id, label]) => ({ id, label })) };
    const text = toProse(summarize(map, { evaluation, citations: false }), { width: 0 });
    expect(text).toContain("Under grounded semantics, the thesis stands: the objection is answered. Of the reasons, the one given stands; of the objections, the one given does not stand.");
  });

  test("says when gradual strengths did not converge, or an evaluation is incomplete", () => {
    const map = lunch();
    const evaluation: MapEvaluation = { semantics: "dfquad", strengths: [{ id: "t", strength: 0.6 }], converged: false, complete: false };
    const en = toProse(summarize(map, { evaluation, citations: false }), { width: 0 });
    expect(en).toContain("Under DF-QuAD semantics (strength 0.60), the thesis stands: the objection is answered.");
    expect(en).toContain("These strengths did not converge, so they are approximate.");
    expect(en).toContain("The evaluation is incomplete");
    const de = toProse(summarize(map, { evaluation, citations: false, language: "de" }), { width: 0 });
    expect(de).toContain("nicht konvergiert");
    expect(de).toContain("unvollständig");
  });

  test("composeProse gives each sentence its own citations", () => {
    const sentences = composeProse(summarize(lunch())).flatMap((p) => p.sentences);
    expect(sentences.map((s) => [s.text, s.citations.map((c) => c.quote)])).toEqual([
      ["The author argues that we should get pizza, because pizza is quick.", ["We should get pizza", "pizza is quick"]],
      ["The author anticipates the objection that Sam cannot eat cheese; the reply is that this does not count against it, since there is vegan pizza.", ["Sam cannot eat cheese", "there is vegan pizza"]],
      ["The thesis stands: the objection is answered.", []],
    ]);
  });

  test("says so when the map is empty, and rejects a bad budget or language", () => {
    expect(toProse(summarize(new ArgumentMap({ title: "Empty" })))).toBe("The map has no claims.\n");
    expect(() => toProse(summarize(lunch()), { budget: { words: 0 } })).toThrow(ArgmapError);
    expect(() => toProse(summarize(lunch()), { language: "xx" })).toThrow(ArgmapError);
    try {
      summarize(lunch(), { language: "fr" });
    } catch (error) {
      expect((error as ArgmapError).issues[0]?.code).toBe("invalid-option");
      expect((error as ArgmapError).issues[0]?.path).toEqual(["language"]);
    }
  });

  test("names the speakers of a dialogue, and uses the subject for one author", () => {
    const dialogue = loadArgumentMap({
      format: "argmap",
      version: "1.1",
      title: "Lords debate",
      participants: [
        { id: "pd", name: "Paul Dean" },
        { id: "lc", name: "Lynda Chalker" },
      ],
      thesis: "t",
      sources: [],
      claims: [
        { id: "t", text: "The aid budget should be cut.", by: ["pd"] },
        { id: "o", text: "But cutting aid costs lives.", by: ["lc"] },
        { id: "r", text: "The savings can fund better-targeted programmes.", by: ["pd"] },
      ],
      relations: [
        { id: "a1", type: "attack", from: ["o"], to: "t" },
        { id: "a2", type: "attack", from: ["r"], to: "a1" },
      ],
    });
    expect(bare(dialogue)).toBe(
      "Paul Dean argues that the aid budget should be cut.\n\nLynda Chalker objects that cutting aid costs lives. Paul Dean replies that the savings can fund better-targeted programmes.\n\nThe thesis stands: the objection is answered.\n",
    );
    expect(bare(dialogue, { language: "de" })).toContain("Lynda Chalker wendet ein: ");
    const single = loadArgumentMap({ ...dialogue.toJSON(), participants: [{ id: "pd", name: "Paul Dean" }], claims: dialogue.claims().map((c) => ({ ...c, by: ["pd"] })) });
    expect(bare(single, { subject: "The speaker" })).toMatch(/^The speaker argues that/);
  });

  test("numbers another speaker's reasons only when there are several", () => {
    for (const language of ["en", "de"] as const) {
      const map = argmap("Uniforms", { language })
        .participant("host", "Alex Host")
        .participant("sam", "Sam Lee")
        .participant("ria", "Ria Khan")
        .thesis("t", language === "en" ? "Schools should require uniforms." : "Schulen sollten Uniformen vorschreiben.", { by: ["host"] })
        .claim("brands", language === "en" ? "Uniforms stop children from competing over brands." : "Uniformen beenden den Wettbewerb um Marken.", { by: ["sam"] })
        .claim("cost", language === "en" ? "Uniforms are expensive." : "Uniformen sind teuer.", { by: ["ria"] })
        .support("brands", "t")
        .attack("cost", "t")
        .build();
      const text = bare(map, { words: 120 });
      expect(text).toMatch(language === "en" ? /In support, Sam Lee argues that uniforms stop/ : /Dafür führt Sam Lee an: Uniformen beenden/);
      expect(text).not.toMatch(/\b(?:First|Erstens)\b/);
    }
  });

  test("an objection that names who raises it gets no second frame", () => {
    const text = "Cash should stay. Some will object that cash costs shops time. Yet counting takes a minute a day.";
    const en = argmap("Cash")
      .source({ id: "s", title: "Cash", text })
      .thesis("t", "Cash should stay.", { quote: "Cash should stay." })
      .claim("o", "Some will object that cash costs shops time.", { quote: "Some will object that cash costs shops time." })
      .claim("r", "Counting takes a minute a day.", { quote: "Yet counting takes a minute a day." })
      .attack("o", "t")
      .attack("r", "o")
      .build();
    const prose = body(toProse(summarize(en), { width: 0, budget: { words: 100 } }));
    expect(prose).toContain("The author anticipates that some will object that cash costs shops time");
    expect(prose).not.toMatch(/objection that some will object|object that some will object/);
    const de = argmap("Makler", { language: "de" })
      .thesis("t", "Wer einen Makler beauftragt, sollte ihn auch bezahlen.")
      .claim("o", "Die Makler wenden ein, dass die Verkäufer die Kosten auf den Preis aufschlagen würden.")
      .attack("o", "t")
      .build();
    const deutsch = bare(de, { words: 100 });
    expect(deutsch).toContain("Die Makler wenden ein, dass die Verkäufer die Kosten auf den Preis aufschlagen würden.");
    expect(deutsch).not.toMatch(/(?:eingewandt|Einwand lautet|wenden ein):\s+Die Makler wenden ein/);
  });

  test("a reason that points back (\"it deters nobody\") comes with what it points to, or not at all", () => {
    const map = argmap("Fines")
      .thesis("t", "Fines for littering should be doubled.")
      .claim("low", "The current fine of 50 pounds is lower than a parking ticket.")
      .claim("it", "It deters nobody.")
      .claim("think", "The threat of a higher fine would make people think twice before they drop a cigarette end.")
      .support("low", "it")
      .support("it", "t")
      .support("think", "t")
      .build();
    for (let words = 20; words <= 80; words += 2) {
      const text = bare(map, { words });
      if (text.includes("deters nobody")) expect(text, `${words} words`).toContain("lower than a parking ticket, and it deters nobody");
    }
    expect(bare(map, { words: 80 })).toContain("the current fine of 50 pounds is lower than a parking ticket, and it deters nobody");
  });

  test("German reasons after a semicolon open in lower case when their first word is a preposition with its article", () => {
    const map = argmap("Pfand", { language: "de" })
      .thesis("t", "Auf Kaffeebecher sollte ein Pfand erhoben werden.")
      .claim("a", "Jeden Tag landen Becher im Müll.")
      .claim("b", "Beim Flaschenpfand hat es gut funktioniert.")
      .claim("c", "Zum Glück gibt es schon Mehrwegbecher.")
      .support("a", "t")
      .support("b", "t")
      .support("c", "t")
      .build();
    const text = bare(map, { words: 100 });
    expect(text).toContain("; beim Flaschenpfand hat es gut funktioniert");
    expect(text).toContain("; zum Glück gibt es schon Mehrwegbecher");
  });

  test("asks a question when the thesis is one", () => {
    const map = argmap("Cars").thesis("t", "Should cities ban cars?").claim("a", "Air would be cleaner.").support("a", "t").build();
    expect(bare(map)).toBe("The debate asks: Should cities ban cars? The reason given is that air would be cleaner.\n");
    expect(bare(map, { subject: "The author" })).toBe("The author asks: Should cities ban cars? The reason given is that air would be cleaner.\n");
  });
});

describe("the verdict names what stands unanswered", () => {
  test("a linked objection in words, a claim that cannot be run in quoted, and a count when the budget is small", () => {
    const map = argmap("Fines")
      .thesis("t", "Fines for littering should be doubled.")
      .claim("w", "Curiously, however, there are more wardens checking parking than litter,")
      .claim("c", "and without checks no fine deters anyone.")
      .claim("g", "A higher fine would make people think twice.")
      .support("g", "t")
      .attack(["w", "c"], "t")
      .build();
    // The outline names it; prose that has just stated it refers back to it.
    expect(verdictLine(map)).toContain("one objection goes unanswered: there are more wardens checking parking than litter and without checks no fine deters anyone.");
    expect(bare(map)).toContain("The thesis does not stand, because the objection stated above goes unanswered.");
    const small = bare(map, { words: 25 });
    expect(wordCount(small)).toBeLessThanOrEqual(25);
    expect(small).toContain("one objection goes unanswered.");
    const de = argmap("Nachtflug", { language: "de" })
      .thesis("t", "Nachts sollte kein Flugzeug starten.")
      .claim("n", "Natürlich würden dadurch einige Arbeitsplätze wegfallen.")
      .attack("n", "t")
      .build();
    expect(verdictLine(de)).toContain("Die These hat keinen Bestand, denn ein Einwand bleibt unbeantwortet: „Natürlich würden dadurch einige Arbeitsplätze wegfallen“.");
    expect(bare(de)).toContain("Die These hat keinen Bestand, denn der oben genannte Einwand bleibt unbeantwortet.");
  });

  test("names objections only when the opening and the closing lines still fit; the opening is cut last", () => {
    // Three unanswered objections (one on the thesis, two undercuts of its reason) and statements outside any argument.
    const map = argmap("Undercuts")
      .thesis("t", "The new bridge should be built this year.")
      .claim("a", "The old bridge is unsafe.")
      .claim("b", "The budget is already spent.")
      .claim("x", "Bridges are grey.")
      .claim("y", "Rivers flow.")
      .support("a", "t", { id: "r0" })
      .attack(["b", "a"], "r0")
      .attack(["a", "b"], "t")
      .build();
    for (const words of [30, 40, 50, 60]) {
      const text = bare(map, { words });
      expect(wordCount(text)).toBeLessThanOrEqual(words);
      // The thesis is stated whole before anything else is cut.
      expect(text).toContain("the new bridge should be built this year");
    }
    expect(bare(map, { words: 30 })).not.toContain("not part of any argument");
  });

  test("never shows a reply without what defeats it when the objection stands, at any budget", () => {
    const map = argmap("Cycle lane", { language: "en" })
      .participant("Maria", "Maria Berger")
      .participant("Hans", "Hans Krüger")
      .participant("Selin", "Selin Yılmaz")
      .thesis("t", "The high street needs a protected cycle lane.", { by: ["Maria"] })
      .claim("acc", "There were eleven accidents with cyclists there last year.", { by: ["Maria"] })
      .claim("park", "Forty parking spaces would have to go.", { by: ["Hans"] })
      .claim("garage", "The car park by the market is rarely full.", { by: ["Selin"] })
      .claim("old", "Older customers want to park right in front of the shop.", { by: ["Hans"] })
      .claim("cost", "The rebuild costs two million euros.", { by: ["Hans"] })
      .claim("state", "The state pays eighty percent of the cost.", { by: ["Maria"] })
      .support("acc", "t")
      .attack("park", "t")
      .attack("garage", "park")
      .attack("old", "garage")
      .attack("cost", "t")
      .attack("state", "cost")
      .build();
    for (let words = 30; words <= 160; words += 5) {
      const text = bare(map, { words });
      if (text.includes("rarely full")) expect(text, `${words} words`).toMatch(/older customers want to park right in front of the shop/i);
      if (/forty parking spaces/i.test(text)) expect(text, `${words} words`).toMatch(/(?:objection stated above|last objection) goes unanswered|goes unanswered: forty parking spaces/);
    }
    // With room for the whole exchange, it is told in order and the verdict refers back to the last objection.
    expect(bare(map, { words: 160 })).toMatch(/objects that forty parking spaces[^]*rarely full[^]*older customers[^]*The thesis does not stand/);
  });

  test("refers back to the last objection stated, and names one that is not the last", () => {
    const map = argmap("Pool")
      .thesis("t", "The town should build a new pool.")
      .claim("cost", "Running a pool is expensive.")
      .claim("fees", "Entry fees cover part of the cost.")
      .claim("near", "The next pool is only twelve kilometres away.")
      .attack("cost", "t")
      .attack("fees", "cost")
      .attack("near", "t")
      .build();
    const text = bare(map, { words: 250 });
    expect(text.indexOf("twelve kilometres")).toBeGreaterThan(text.indexOf("Running a pool"));
    expect(text).toContain("The thesis does not stand, because the last objection goes unanswered.");
  });

  test("German prose calls its main claim a thesis in the verdict as in the opening, thesis or not", () => {
    const map = argmap("Ohne These", { language: "de" })
      .claim("t", "Die Stadt sollte Tempo 30 einführen.")
      .claim("o", "Busse werden langsamer.")
      .attack("o", "t")
      .build();
    const text = bare(map, { words: 100 });
    expect(text).toContain("die These: Die Stadt sollte Tempo 30 einführen");
    expect(text).toContain("Die These hat keinen Bestand");
    expect(text).not.toContain("Hauptaussage");
  });

  test("answers a yes-or-no question on balance, and judges a why-question like a claim", () => {
    const verdict = (thesis: string, language: "en" | "de", answered: boolean) => {
      let builder = argmap("Q", { language }).thesis("t", thesis).claim("o", language === "en" ? "Flights emit a lot of CO2." : "Flüge stoßen viel CO2 aus.").attack("o", "t");
      if (answered) builder = builder.claim("a", language === "en" ? "Trains are full." : "Züge sind voll.").attack("a", "o");
      return verdictLine(builder.build());
    };
    expect(verdict("Is it still all right to fly on holiday?", "en", false)).toContain("On balance, the answer is no, because one objection goes unanswered: flights emit a lot of CO2.");
    expect(verdict("Should we fly less?", "en", true)).toContain("On balance, the answer is yes: the objection is answered.");
    expect(verdict("Why should anyone still fly?", "en", true)).toContain("The thesis stands: the objection is answered.");
    expect(verdict("Darf man noch in den Urlaub fliegen?", "de", false)).toContain("Die Antwort lautet eher Nein, denn ein Einwand bleibt unbeantwortet");
    expect(verdict("Warum sollte man noch fliegen?", "de", true)).toContain("Die These hat Bestand");
  });

  test("says how many objections are answered when all are", () => {
    const answered = (n: number, language?: string) => {
      let builder = argmap("Answered", language !== undefined ? { language } : {}).thesis("t", "The plan should go ahead.");
      for (let i = 0; i < n; i++) builder = builder.claim(`o${i}`, `Objection ${i} holds.`).claim(`a${i}`, `Answer ${i} holds.`).attack(`o${i}`, "t").attack(`a${i}`, `o${i}`);
      return bare(builder.build(), { words: 250 });
    };
    expect(answered(1)).toContain("The thesis stands: the objection is answered.");
    expect(answered(2)).toContain("The thesis stands: both objections are answered.");
    expect(answered(3)).toContain("The thesis stands: all three objections are answered.");
    expect(answered(2, "de")).toContain("Die These hat Bestand: Beide Einwände werden beantwortet.");
    expect(answered(3, "de")).toContain("Die These hat Bestand: Alle drei Einwände werden beantwortet.");
  });

  test("many objections, one sentence each, no sentence past 40 words", () => {
    let builder = argmap("Many").thesis("t", "The plan should go ahead.");
    for (let i = 0; i < 5; i++) builder = builder.claim(`o${i}`, `Objection number ${i} says that the plan costs far too much money for what little it achieves.`).attack(`o${i}`, "t");
    const text = verdictLine(builder.build());
    expect(text).toContain("five objections go unanswered. One is that objection number 0 says");
    for (const sentence of text.split(/(?<=\.)\s+/)) expect(wordCount(sentence)).toBeLessThanOrEqual(40);
    expect(bare(builder.build())).toContain("The thesis does not stand, because the five objections stated above go unanswered.");
  });
});
