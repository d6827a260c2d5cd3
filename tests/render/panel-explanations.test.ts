/**
 * The viewer's panel explains a clicked claim: why it stands or falls and
 * the claims that move its strength most, computed when the page is written
 * and shown as text. Checked on the data and in Chromium.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { evaluateMap } from "../../src/evaluate/index.js";
import { panelItems } from "../../src/render/html.js";
import { renderHtml } from "../../src/render/html.js";
import { PANEL_EXPLAIN_LIMIT } from "../../src/render/panel-explanations.js";
import { launchBrowser, SKIP_BROWSER } from "./browser.js";
import { HOSTILE, hostileMap, treeMap } from "./fixtures.js";

const ARTIFACTS = join(import.meta.dirname, "..", "..", "test-artifacts");

describe("the panel's explanations", () => {
  const map = ukraineJapan();

  test("every claim gets why it stands or falls and its top contributors under the evaluation's semantics", () => {
    const items = panelItems(map, { evaluation: evaluateMap(map, "grounded") });
    const thesis = items.find((item) => item.id === "thesis")!;
    expect(thesis.why).toBe(
      "It stands under grounded semantics. Its only objection, “Some systems may remain too sensitive to export” (too-sensitive), is answered by “Other systems could be treated as compatible with the new policy line” (compatible).",
    );
    expect(thesis.contributorsTitle).toBe("What moves its DF-QuAD strength (0.87) most, by removal");
    expect(thesis.contributors).toEqual([
      { key: items.find((i) => i.id === "too-sensitive")!.key, text: "Some systems may remain too sensitive to export.", value: "−0.125" },
      { key: items.find((i) => i.id === "compatible")!.key, text: "Other systems could be treated as compatible with the new policy line.", value: "+0.125" },
      { key: items.find((i) => i.id === "reason-new-source")!.key, text: map.claim("reason-new-source")!.text, value: "+0.009" },
    ]);
    for (const item of items.filter((i) => i.kind === "claim")) expect(item.why, item.id).toMatch(/^It (stands|does not stand|is undecided) under grounded semantics\./);
    // Relations get no explanation of their own.
    expect(items.filter((i) => i.kind === "relation").every((i) => i.why === undefined)).toBe(true);
  });

  test("a gradual evaluation explains strengths", () => {
    const thesis = panelItems(map, { evaluation: evaluateMap(map, "euler") }).find((item) => item.id === "thesis")!;
    expect(thesis.why).toMatch(/^Its strength under Euler-based is 0\.\d\d \(base score 0\.50\)\. One objection attacks it: /);
    expect(thesis.contributorsTitle).toMatch(/^What moves its Euler-based strength/);
  });

  test("nothing without an evaluation, for maps above the limit, or when strengths do not settle", () => {
    expect(panelItems(map, {}).some((item) => item.why !== undefined)).toBe(false);
    const big = treeMap(PANEL_EXPLAIN_LIMIT + 1);
    expect(panelItems(big, { evaluation: evaluateMap(big, "grounded") }).some((item) => item.why !== undefined)).toBe(false);
    const cut = evaluateMap(map, "dfquad", { maxIterations: 0 });
    expect(panelItems(map, { evaluation: { ...cut, complete: false } }).some((item) => item.why !== undefined)).toBe(false);
  });
});

describe.skipIf(SKIP_BROWSER)("the panel's explanations in Chromium", () => {
  let browser: Browser;
  const map = ukraineJapan();
  const file = join(ARTIFACTS, "ukraine-japan-explained.html");
  const hostileFile = join(ARTIFACTS, "hostile-explained.html");

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(file, await renderHtml(map, { evaluation: evaluateMap(map, "grounded") }));
    const hostile = hostileMap();
    writeFileSync(hostileFile, await renderHtml(hostile, { evaluation: evaluateMap(hostile, "grounded") }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(pathToFileURL(path).href);
    await page.waitForSelector("#argmap-panel[data-ready=true]");
    return { page, errors };
  }

  test("clicking a claim shows why it stands and its top contributors; a contributor opens that claim", async () => {
    const { page, errors } = await open(file);
    await page.click('.argmap-claim[data-id="thesis"]');
    const details = page.locator("#argmap-details");
    await expect.poll(() => details.locator(".argmap-why").textContent()).toMatch(/^It stands under grounded semantics\. Its only objection, “Some systems may remain too sensitive to export” \(too-sensitive\), is answered by/);
    expect(await details.locator(".argmap-subhead").textContent()).toBe("What moves its DF-QuAD strength (0.87) most, by removal");
    const buttons = details.locator(".argmap-contributors button");
    expect(await buttons.count()).toBe(3);
    expect(await buttons.first().textContent()).toBe("−0.125Some systems may remain too sensitive to export.");
    await buttons.nth(1).click();
    await expect.poll(() => details.locator(".argmap-text").textContent()).toBe(map.claim("compatible")!.text);
    expect(await page.locator('.argmap-claim[data-id="compatible"]').getAttribute("class")).toContain("argmap-active");
    expect(await details.locator(".argmap-why").textContent()).toMatch(/^It stands under grounded semantics\. Nothing attacks it\.$/);
    await page.screenshot({ path: join(ARTIFACTS, "ukraine-japan-explained.png") });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("hostile claim text in an explanation is shown as text and runs nothing", async () => {
    const hostile = hostileMap();
    const { page, errors } = await open(hostileFile);
    await page.click('.argmap-claim[data-id="t"]');
    expect(await page.locator("#argmap-details .argmap-why").textContent()).toMatch(/^It does not stand under grounded semantics\. Its only objection, “A claim whose id is __proto__” \(__proto__\), defeats it and stands\.$/);
    const contributors = await page.locator("#argmap-details .argmap-contributors button").allTextContents();
    expect(contributors.some((text) => text.includes(`Reason ${HOSTILE}`))).toBe(true);
    expect(await page.evaluate(() => (window as { __argmapPwned?: unknown }).__argmapPwned)).toBeUndefined();
    expect(await page.locator("script").count()).toBe(2);
    expect(hostile.claim("t")!.text).toContain("<script>");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
