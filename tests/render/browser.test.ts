/**
 * The drawings in a real browser: structure, not pixels. Screenshots go to
 * test-artifacts/ for people to look at.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { evaluateMap, evaluationStrength } from "../../src/evaluate/index.js";
import { renderHtml } from "../../src/render/html.js";
import { renderSvg } from "../../src/render/svg.js";
import { launchBrowser, SKIP_BROWSER } from "./browser.js";
import { awkwardIdMap, hostileMap, treeMap } from "./fixtures.js";
import { overlap } from "./boxes.js";

const ARTIFACTS = join(import.meta.dirname, "..", "..", "test-artifacts");

interface Rect {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Opens a file with every non-file request blocked and recorded, and console errors collected. */
async function open(browser: Browser, file: string, viewport = { width: 1400, height: 900 }): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport });
  const errors: string[] = [];
  const requests: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  return { page, errors, requests };
}

/** Screen rectangles of the claim boxes (or relation junctions). */
function boxes(page: Page, selector: string): Promise<Rect[]> {
  return page.$$eval(selector, (groups) =>
    groups.map((g) => {
      const shape = g.querySelector("rect.argmap-box, :scope > rect, :scope > circle")!;
      const r = shape.getBoundingClientRect();
      return { id: g.getAttribute("data-id") ?? "", x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

function overlapping(rects: readonly Rect[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]!;
      const b = rects[j]!;
      if (overlap(a, b)) out.push(`${a.id} × ${b.id}`);
    }
  }
  return out;
}

describe.skipIf(SKIP_BROWSER)("in Chromium", () => {
  let browser: Browser;
  const map = ukraineJapan();
  const evaluation = evaluateMap(map, "dfquad");
  const htmlFile = join(ARTIFACTS, "ukraine-japan.html");
  const svgFile = join(ARTIFACTS, "ukraine-japan.svg");
  const hostileHtml = join(ARTIFACTS, "hostile.html");
  const hostileSvg = join(ARTIFACTS, "hostile.svg");

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(htmlFile, await renderHtml(map, { evaluation }));
    writeFileSync(svgFile, await renderSvg(map));
    writeFileSync(hostileHtml, await renderHtml(hostileMap()));
    writeFileSync(hostileSvg, await renderSvg(hostileMap()));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the Ukraine–Japan viewer shows every claim, without overlaps, errors or network requests", async () => {
    const { page, errors, requests } = await open(browser, htmlFile);
    await page.waitForSelector("#argmap-panel[data-ready=true]");
    // The first view is legible (tests/render/first-view.test.ts); Fit shows the whole map.
    await page.click('[data-zoom="fit"]');
    const stage = (await page.locator("#argmap-stage").boundingBox())!;
    const claims = await boxes(page, ".argmap-claim");
    expect(claims.map((c) => c.id).sort()).toEqual(map.claims().map((c) => c.id).sort());
    for (const claim of map.claims()) {
      await expect.poll(() => page.locator(`.argmap-claim[data-id="${claim.id}"]`).isVisible()).toBe(true);
    }
    for (const box of claims) {
      expect(box.width).toBeGreaterThan(20);
      expect(box.x).toBeGreaterThanOrEqual(stage.x - 0.5);
      expect(box.y).toBeGreaterThanOrEqual(stage.y - 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(stage.x + stage.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(stage.y + stage.height + 0.5);
    }
    expect(overlapping([...claims, ...(await boxes(page, ".argmap-relation"))])).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "ukraine-japan.png") });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.context().close();
  });

  test("Chromium names every claim and relation by its title, for screen readers", async () => {
    const { page } = await open(browser, svgFile);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value?: unknown }; name?: { value?: unknown } }[] };
    const names = new Set(nodes.filter((node) => node.role?.value === "graphics-symbol").map((node) => String(node.name?.value ?? "")));
    const titles = await page.$$eval(".argmap-claim > title, .argmap-relation > title", (list) => list.map((t) => t.textContent ?? ""));
    expect(titles).toHaveLength(map.claimCount + map.relationCount);
    for (const title of titles) expect(names.has(title), title).toBe(true);
    expect([...names].some((name) => name.startsWith("Thesis: "))).toBe(true);
    await page.context().close();
  });

  test("every line of claim text fits inside its box in the real font", async () => {
    const { page } = await open(browser, svgFile, { width: 2600, height: 1200 });
    const misfits = await page.$$eval(".argmap-claim, .argmap-relation", (groups) =>
      groups.flatMap((g) => {
        const shape = g.querySelector(":scope > rect");
        const text = g.querySelectorAll("text");
        if (shape === null) return [];
        const box = shape.getBoundingClientRect();
        return Array.from(text)
          .map((t) => t.getBoundingClientRect())
          .filter((t) => t.left < box.left || t.right > box.right - 2 || t.top < box.top || t.bottom > box.bottom)
          .map(() => g.getAttribute("data-id") ?? "");
      }),
    );
    expect(misfits).toEqual([]);
    await page.locator("svg").first().screenshot({ path: join(ARTIFACTS, "ukraine-japan-svg.png") });
    await page.context().close();
  });

  test("hovering a claim shows its full text, its source quote and link, and its strength", async () => {
    const { page, errors } = await open(browser, htmlFile);
    await page.waitForSelector("#argmap-panel[data-ready=true]");
    const claim = map.claims().find((c) => c.anchors !== undefined && c.anchors.length > 0 && c.id !== map.thesis)!;
    await page.click('[data-zoom="fit"]');
    await page.hover(`.argmap-claim[data-id="${claim.id}"]`);
    const details = page.locator("#argmap-details");
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator(".argmap-text").textContent()).toBe(claim.text);
    const quotes = await details.locator("blockquote").allTextContents();
    expect(quotes).toEqual(claim.anchors!.map((a) => a.quote));
    const source = map.source(claim.anchors![0]!.source)!;
    expect(await details.locator("figcaption").first().textContent()).toBe(source.title);
    if (source.url !== undefined) expect(await details.locator("figcaption a").first().getAttribute("href")).toBe(source.url);
    expect(await details.locator(".argmap-rating").textContent()).toBe(`strength ${evaluationStrength(evaluation, claim.id)!.toFixed(2)} (dfquad)`);
    // Moving away clears the panel; a click pins the claim.
    await page.mouse.move(2, 2);
    await expect.poll(() => details.isVisible()).toBe(false);
    await page.click(`.argmap-claim[data-id="${claim.id}"]`);
    await page.mouse.move(2, 2);
    expect(await details.locator(".argmap-text").textContent()).toBe(claim.text);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("zooms with the buttons and the wheel, pans by dragging, and fits again", async () => {
    const { page, errors } = await open(browser, htmlFile);
    await page.waitForSelector("#argmap-panel[data-ready=true]");
    const viewBox = (): Promise<number[]> => page.$eval("#argmap-stage > svg", (svg) => svg.getAttribute("viewBox")!.split(" ").map(Number));
    await page.click('[data-zoom="fit"]');
    const fitted = await viewBox();
    await page.click('[data-zoom="in"]');
    const zoomed = await viewBox();
    expect(zoomed[2]).toBeLessThan(fitted[2]!);
    const stage = (await page.locator("#argmap-stage").boundingBox())!;
    await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    await page.mouse.wheel(0, 300);
    const wheeled = await viewBox();
    expect(wheeled[2]).toBeGreaterThan(zoomed[2]!);
    await page.mouse.move(stage.x + 40, stage.y + stage.height - 40);
    await page.mouse.down();
    await page.mouse.move(stage.x + 140, stage.y + stage.height - 60, { steps: 5 });
    await page.mouse.up();
    const panned = await viewBox();
    expect(panned[0]).toBeLessThan(wheeled[0]!);
    expect(panned[2]).toBeCloseTo(wheeled[2]!, 6);
    await page.click('[data-zoom="fit"]');
    (await viewBox()).forEach((value, i) => expect(value).toBeCloseTo(fitted[i]!, 2));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("hostile text is shown as text and runs nothing, in the viewer and in the SVG", async () => {
    const hostile = hostileMap();
    const { page, errors, requests } = await open(browser, hostileHtml);
    await page.waitForSelector("#argmap-panel[data-ready=true]");
    await page.hover('.argmap-claim[data-id="t"]');
    expect(await page.locator("#argmap-details .argmap-text").textContent()).toBe(hostile.claim("t")!.text);
    expect(await page.locator("#argmap-details blockquote").textContent()).toBe(hostile.claim("t")!.anchors![0]!.quote);
    expect(await page.locator("#argmap-details figcaption a").count()).toBe(0);
    await page.hover('.argmap-claim[data-id="</script>"]');
    expect(await page.locator("#argmap-details .argmap-text").textContent()).toBe(hostile.claim("</script>")!.text);
    await page.hover('.argmap-claim[data-id="__proto__"]');
    expect(await page.locator("#argmap-details .argmap-text").textContent()).toBe("A claim whose id is __proto__.");
    expect(await page.evaluate(() => (window as { __argmapPwned?: unknown }).__argmapPwned)).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(2);
    const drawn = await page.locator('.argmap-claim[data-id="t"] text').textContent();
    expect(drawn).toContain("<script>");
    expect(await page.title()).toBe(hostile.title);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.context().close();

    const svg = await open(browser, hostileSvg);
    expect(await svg.page.evaluate(() => document.documentElement.localName)).toBe("svg");
    expect(await svg.page.locator("parsererror").count()).toBe(0);
    expect(await svg.page.evaluate(() => document.querySelector("title")!.textContent)).toBe(hostile.title);
    expect(await svg.page.evaluate(() => (window as { __argmapPwned?: unknown }).__argmapPwned)).toBeUndefined();
    expect(svg.errors).toEqual([]);
    await svg.page.context().close();
  });
});

describe.skipIf(SKIP_BROWSER)("in Chromium: folding, awkward ids and bidi controls", () => {
  let browser: Browser;
  const tree = treeMap(200);
  const awkward = awkwardIdMap();
  const treeHtml = join(ARTIFACTS, "tree.html");
  const awkwardHtml = join(ARTIFACTS, "awkward.html");
  const awkwardSvg = join(ARTIFACTS, "awkward.svg");

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(treeHtml, await renderHtml(tree, { openDepth: 3 }));
    writeFileSync(awkwardHtml, await renderHtml(awkward));
    writeFileSync(awkwardSvg, await renderSvg(awkward));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Depth of claim `c<i>` in {@link treeMap}. */
  const depthOf = (i: number): number => {
    let depth = 0;
    for (let n = i; n > 0; n = Math.floor((n - 1) / 3)) depth++;
    return depth;
  };
  const visibleClaims = (page: Page): Promise<string[]> =>
    page.$$eval(".argmap-claim", (groups) => groups.filter((g) => getComputedStyle(g).display !== "none").map((g) => g.getAttribute("data-id") ?? ""));

  test("a map opened on its top three levels (openDepth 3) folds and unfolds subtrees", async () => {
    const { page, errors } = await open(browser, treeHtml);
    await page.waitForSelector("#argmap-panel[data-ready=true]");
    const top = tree.claims().filter((_, i) => depthOf(i) <= 3).map((c) => c.id);
    expect((await visibleClaims(page)).sort()).toEqual(top.sort());
    // Folded claims on level 3 show "+"; open ones "−".
    const c13 = page.locator('.argmap-fold[data-fold="c13"]');
    expect(await c13.getAttribute("aria-expanded")).toBe("false");
    expect(await c13.textContent()).toBe("+");
    // The fitted map is wide, so the button is small on screen: press and release on it as a pointer would.
    const press = async (button: typeof c13): Promise<void> => {
      await button.dispatchEvent("pointerdown", { button: 0, pointerId: 1, bubbles: true });
      await button.dispatchEvent("pointerup", { button: 0, pointerId: 1, bubbles: true });
    };
    await press(c13);
    // Unfolding opens one level: c13's reasons and objections appear, folded themselves.
    const opened = await visibleClaims(page);
    expect(opened).toEqual(expect.arrayContaining(["c40", "c41", "c42"]));
    expect(opened.length).toBe(top.length + 3);
    expect(await page.locator('.argmap-fold[data-fold="c40"]').getAttribute("aria-expanded")).toBe("false");
    expect(await c13.getAttribute("aria-expanded")).toBe("true");
    // Edges and junctions of hidden claims are hidden too.
    expect(await page.locator('.argmap-relation[data-id="r40"]').isVisible()).toBe(true);
    expect(await page.locator('.argmap-relation[data-id="r100"]').isVisible()).toBe(false);
    expect(await page.locator('path.argmap-edge[data-relation="r100"]').first().isVisible()).toBe(false);
    // Folding the thesis leaves it alone; the keyboard unfolds it again.
    await press(page.locator('.argmap-fold[data-fold="c0"]'));
    expect(await visibleClaims(page)).toEqual(["c0"]);
    await page.locator('.argmap-fold[data-fold="c0"]').focus();
    await page.keyboard.press("Enter");
    expect((await visibleClaims(page)).sort()).toEqual(["c0", "c1", "c2", "c3"]);
    // A click on a fold button does not pin the claim.
    expect(await page.locator("#argmap-details").isVisible()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, "tree-folded.png") });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the detail panel works for ids with a control character, a lone surrogate or a CR", async () => {
    const { page, errors } = await open(browser, awkwardHtml);
    await page.waitForSelector("#argmap-panel[data-ready=true]");
    const details = page.locator("#argmap-details");
    for (const [i, claim] of awkward.claims().entries()) {
      await page.hover(`.argmap-claim[data-key="c${i}"]`);
      await expect.poll(() => details.isVisible()).toBe(true);
      if (claim.id !== "bidi") expect(await details.locator(".argmap-text").textContent()).toBe(claim.text);
    }
    for (const [i, relation] of awkward.relations().entries()) {
      await page.hover(`.argmap-relation[data-key="r${i}"]`, { force: true });
      await expect.poll(() => details.locator(".argmap-role").textContent()).toBe(relation.type === "support" ? "Support" : "Attack");
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("bidi overrides are written out in the drawing and in the panel, and reorder nothing", async () => {
    const { page, errors } = await open(browser, awkwardHtml);
    await page.waitForSelector("#argmap-panel[data-ready=true]");
    const bidi = /[\u202a-\u202e\u2066-\u2069]/;
    expect(bidi.test(await page.content())).toBe(false);
    await page.hover('.argmap-claim[data-id="bidi"]');
    expect(await page.locator("#argmap-details .argmap-text").textContent()).toBe("Open ⟨U+202E⟩gnp.exe and ⟨U+2066⟩isolated⟨U+2069⟩ text.");
    const drawn = await page.locator('.argmap-claim[data-id="bidi"] > text').textContent();
    expect(drawn?.replace(/\s+/g, " ")).toContain("⟨U+202E⟩gnp.exe");
    expect(errors).toEqual([]);
    await page.context().close();
    const svg = await open(browser, awkwardSvg);
    expect(bidi.test(await svg.page.content())).toBe(false);
    expect(await svg.page.locator("parsererror").count()).toBe(0);
    await svg.page.context().close();
  });
});
