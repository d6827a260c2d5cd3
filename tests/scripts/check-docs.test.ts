/** scripts/check-docs.ts finds what would keep docs/api from being published as it is. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checkSite } from "../../scripts/check-docs.js";

const sites = mkdtempSync(join(tmpdir(), "argmap-docs-"));
afterAll(() => rmSync(sites, { recursive: true, force: true }));

/** A site with one page per guide, and the given index page. */
function site(name: string, index: string, extra: Record<string, string> = {}): string {
  const folder = join(sites, name);
  mkdirSync(join(folder, "documents"), { recursive: true });
  writeFileSync(join(folder, "index.html"), index);
  const guides = [...readdirSync("docs").filter((f) => f.endsWith(".md")), ...readdirSync("docs/examples").map((f) => `examples_${f}`)];
  for (const guide of guides) writeFileSync(join(folder, "documents", guide.replace(/\.md$/, ".html")), '<a href="../index.html#top">home</a>');
  for (const [file, html] of Object.entries(extra)) writeFileSync(join(folder, file), html);
  return folder;
}

describe("checkSite", () => {
  test("passes a site with one title and links that resolve", () => {
    expect(checkSite(site("good", '<h1 id="argmap">argmap<a href="#argmap">#</a></h1><a href="documents/limits.html">limits</a><a href="https://example.org/">out</a>'))).toEqual([]);
  });

  test("finds a second title, a missing guide and a broken link", () => {
    const folder = site("bad", '<h1>argmap</h1><h1 id="argmap">argmap</h1><img src="media/missing.png">');
    rmSync(join(folder, "documents", "limits.html"));
    expect(checkSite(folder)).toEqual([
      'index.html has the titles ["argmap","argmap"], not one "argmap"',
      "the guide limits.md is not a page of the site",
      "index.html links to media/missing.png, which is not in the site",
    ]);
  });
});
