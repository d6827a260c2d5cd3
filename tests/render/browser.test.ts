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
import { hostileMap } from "./fixtures.js";

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
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) out.push(`${a.id} × ${b.id}`);
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
    expect(await viewBox()).toEqual(fitted);
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
