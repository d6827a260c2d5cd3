/**
 * The viewer's first view, in Chromium at 1400 × 1000: the claim text a
 * reader sees before touching anything is at least 11 pixels high, for the
 * worked example, a 30-claim debate and a 105-claim debate in the shape of
 * a Kialo export; the larger maps open on the thesis and their first levels,
 * folded below, laid out close together. Screenshots go to test-artifacts/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { evaluateMap } from "../../src/evaluate/index.js";
import { fromKialo } from "../../src/formats/index.js";
import type { ArgumentMap } from "../../src/map/argument-map.js";
import { renderHtml, type HtmlOptions } from "../../src/render/html.js";
import { argmap } from "../../src/map/builder.js";
import { launchBrowser, SKIP_BROWSER } from "./browser.js";

const ARTIFACTS = join(import.meta.dirname, "..", "..", "test-artifacts");
const WINDOW = { width: 1400, height: 1000 };
/** The least claim text height on screen, in CSS pixels (the font's size, not its line box). */
const LEAST_TEXT = 11;

/** A debate written for these tests in the shape of a Kialo export (tests/fixtures/render/README.md). */
const DEBATE = readFileSync(join(import.meta.dirname, "..", "fixtures", "render", "free-transit.kialo.txt"), "utf8");

/** The debate as it stood when it had `claims` claims: the first numbered lines of the export. */
function debateOf(claims: number): ArgumentMap {
  const lines: string[] = [];
  let count = 0;
  for (const line of DEBATE.split("\n")) {
    if (/^\d/.test(line) && !line.includes("-> See ") && ++count > claims) break;
    lines.push(line);
  }
  return fromKialo(lines.join("\n")).value;
}

/** What the first view shows. */
interface FirstView {
  /** Font size on screen (CSS pixels) of every line of claim text that is shown inside the stage. */
  readonly textSizes: number[];
  /** Ids of the claims shown (not folded away), and of those wholly inside the stage. */
  readonly shown: string[];
  readonly inside: string[];
}

/**
 * Measures the first view: the height of each line of claim text (its
 * bounding box) over the height of the font's box at 1 pixel, measured in
 * the same page with the drawing's font.
 */
function firstView(page: Page): Promise<FirstView> {
  return page.evaluate(() => {
    const stage = document.getElementById("argmap-stage")!.getBoundingClientRect();
    const drawing = document.querySelector("#argmap-stage > svg")!;
    const probe = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    probe.setAttribute("width", "400");
    probe.setAttribute("height", "200");
    probe.setAttribute("font-family", drawing.getAttribute("font-family")!);
    probe.innerHTML = '<text x="0" y="150" font-size="100"><tspan>Hg</tspan></text>';
    document.body.appendChild(probe);
    const box = probe.querySelector("tspan")!.getBoundingClientRect().height / 100;
    probe.remove();
    const within = (r: DOMRect): boolean => r.left >= stage.left - 0.5 && r.right <= stage.right + 0.5 && r.top >= stage.top - 0.5 && r.bottom <= stage.bottom + 0.5;
    const meets = (r: DOMRect): boolean => r.right > stage.left && r.left < stage.right && r.bottom > stage.top && r.top < stage.bottom;
    const claims = Array.from(document.querySelectorAll(".argmap-claim")).filter((g) => getComputedStyle(g).display !== "none");
    const textSizes = claims.flatMap((g) =>
      Array.from(g.querySelectorAll(":scope > text:not(.argmap-footer) > tspan"))
        .map((t) => t.getBoundingClientRect())
        .filter(meets)
        .map((r) => r.height / box),
    );
    return {
      textSizes,
      shown: claims.map((g) => g.getAttribute("data-id")!),
      inside: claims.filter((g) => within(g.querySelector("rect.argmap-box")!.getBoundingClientRect())).map((g) => g.getAttribute("data-id")!),
    };
  });
}

describe.skipIf(SKIP_BROWSER)("the viewer's first view in Chromium, 1400 × 1000", () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string, map: ArgumentMap, options: HtmlOptions = {}): Promise<{ page: Page; view: FirstView; errors: string[] }> {
    const file = join(ARTIFACTS, `first-view-${name}.html`);
    writeFileSync(file, await renderHtml(map, options));
    const page = await browser.newPage({ viewport: WINDOW });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector("#argmap-panel[data-ready=true]");
    const view = await firstView(page);
    await page.screenshot({ path: join(ARTIFACTS, `first-view-${name}.png`) });
    return { page, view, errors };
  }

  /** The claims one level below the thesis. */
  const firstLevel = (map: ArgumentMap): string[] => map.relationsTo(map.thesis!).flatMap((r) => r.from);

  test.each([
    ["worked example", {}],
    ["worked example with DF-QuAD strengths (as npm run demo draws it)", { evaluation: "dfquad" }],
  ] as const)("the %s is legible, opens on the thesis and folds nothing", async (_, how) => {
    const map = ukraineJapan();
    const options = "evaluation" in how ? { evaluation: evaluateMap(map, how.evaluation) } : {};
    const { page, view, errors } = await open("evaluation" in how ? "ukraine-japan-dfquad" : "ukraine-japan", map, options);
    expect(view.textSizes.length).toBeGreaterThan(40);
    expect(Math.min(...view.textSizes)).toBeGreaterThanOrEqual(LEAST_TEXT);
    expect(view.shown.sort()).toEqual(map.claims().map((c) => c.id).sort());
    expect(view.inside).toContain("thesis");
    // Most of the map is in view; the rest is a pan away.
    expect(view.inside.length).toBeGreaterThanOrEqual(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a 30-claim debate opens on the thesis and its first levels at a readable size, folded below", async () => {
    const map = debateOf(30);
    expect(map.claimCount).toBe(30);
    const { page, view, errors } = await open("debate-30", map);
    expect(Math.min(...view.textSizes)).toBeGreaterThanOrEqual(LEAST_TEXT);
    expect(view.inside).toContain(map.thesis);
    for (const id of firstLevel(map)) expect(view.inside).toContain(id);
    // Everything shown is in view: the top levels are laid out together, not spread over the whole map's room.
    expect(view.inside.sort()).toEqual(view.shown.sort());
    expect(view.shown.length).toBeLessThan(30);
    expect(await page.locator(".argmap-fold[aria-expanded=false]").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a 105-claim debate opens on the thesis and all of its first level, and unfolding shows what opened", async () => {
    const map = debateOf(200);
    expect(map.claimCount).toBe(105);
    const { page, view, errors } = await open("debate-105", map);
    expect(Math.min(...view.textSizes)).toBeGreaterThanOrEqual(LEAST_TEXT);
    expect(view.inside.sort()).toEqual([map.thesis!, ...firstLevel(map)].sort());
    expect(view.shown.sort()).toEqual(view.inside);
    // Unfolding a reason shows its own reasons and objections on screen, at the same size.
    const reason = firstLevel(map)[1]!;
    const key = await page.locator(`.argmap-claim[data-id="${reason}"]`).getAttribute("data-key");
    const button = page.locator(`.argmap-fold[data-fold="${key}"]`);
    await button.dispatchEvent("pointerdown", { button: 0, pointerId: 1, bubbles: true });
    await button.dispatchEvent("pointerup", { button: 0, pointerId: 1, bubbles: true });
    const opened = await firstView(page);
    const behind = map.relationsTo(reason).flatMap((r) => r.from);
    expect(behind.length).toBeGreaterThan(1);
    for (const id of [reason, ...behind]) expect(opened.inside).toContain(id);
    expect(Math.min(...opened.textSizes)).toBeGreaterThanOrEqual(LEAST_TEXT);
    await page.screenshot({ path: join(ARTIFACTS, "first-view-debate-105-unfolded.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a small map fits whole, its text no larger than 20 pixels", async () => {
    const map = argmap("Lunch").thesis("t", "We should get pizza.").claim("q", "Pizza is quick.").claim("c", "Sam cannot eat cheese.").support("q", "t").attack("c", "t").build();
    const { page, view, errors } = await open("small", map);
    expect(view.inside.sort()).toEqual(["c", "q", "t"]);
    expect(Math.min(...view.textSizes)).toBeGreaterThanOrEqual(LEAST_TEXT);
    expect(Math.max(...view.textSizes)).toBeLessThanOrEqual(21);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("an openDepth given is kept, and the view is still legible", async () => {
    const map = debateOf(200);
    const { page, view, errors } = await open("debate-105-open-depth-2", map, { openDepth: 2 });
    const levelTwo = firstLevel(map).flatMap((id) => map.relationsTo(id).flatMap((r) => r.from));
    expect(view.shown.sort()).toEqual([map.thesis!, ...firstLevel(map), ...levelTwo].sort());
    expect(Math.min(...view.textSizes)).toBeGreaterThanOrEqual(LEAST_TEXT);
    expect(view.inside).toContain(map.thesis);
    expect(errors).toEqual([]);
    await page.close();
  });
});
