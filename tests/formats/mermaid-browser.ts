/**
 * Mermaid itself, in headless Chromium: renders a flowchart with the
 * mermaid package's own bundle (loaded from node_modules, offline) and reads
 * back what a person sees: each node's label, each edge's label and the
 * title, as the browser lays out their text (`innerText`), and the
 * diagram's CSS.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../render/browser.js";

/** What a rendered flowchart shows. */
export interface MermaidDrawing {
  /** Mermaid's error, when it refused the source. */
  readonly error?: string;
  /** Node label text by node name (`c1`, `r1`). */
  readonly nodes: Readonly<Record<string, string>>;
  /** Edge label text by `from>to` node names (edges without a label are left out). */
  readonly edges: Readonly<Record<string, string>>;
  /** The title's text, if the diagram has one. */
  readonly title?: string;
  /** The diagram's CSS (where a `%%{init: …}%%` directive would put its theme and CSS). */
  readonly css: string;
}

/** A page with mermaid loaded, and a way to render with it. */
export interface MermaidRenderer {
  render(source: string): Promise<MermaidDrawing>;
  close(): Promise<void>;
}

/** The path of mermaid's browser bundle. */
function mermaidBundle(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("mermaid/package.json")), "dist", "mermaid.min.js");
}

/** Starts Chromium with a page that has mermaid's bundle and nothing from the network. */
export async function mermaidRenderer(): Promise<MermaidRenderer> {
  const browser: Browser = await launchBrowser();
  const context = await browser.newContext();
  await context.route("**/*", (route) => (route.request().url().startsWith("about:") ? route.continue() : route.abort()));
  const page: Page = await context.newPage();
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: mermaidBundle() });
  await page.evaluate(() => (window as unknown as { mermaid: { initialize(config: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: "strict" }));
  let count = 0;
  return {
    render: (source) =>
      page.evaluate(
        async ({ source, id }) => {
          const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
          const out = document.getElementById("out")!;
          out.innerHTML = "";
          let svg: string;
          try {
            svg = (await mermaid.render(id, source)).svg;
          } catch (error) {
            document.getElementById(id)?.remove();
            document.getElementById(`d${id}`)?.remove();
            return { error: String((error as Error)?.message ?? error), nodes: {}, edges: {}, css: "" };
          }
          out.innerHTML = svg;
          const nodes: Record<string, string> = {};
          for (const g of Array.from(out.querySelectorAll("g.node"))) {
            const name = /flowchart-(.+)-\d+$/.exec(g.id)?.[1];
            const label = g.querySelector(".nodeLabel") as HTMLElement | null;
            if (name !== undefined) nodes[name] = label?.innerText ?? "";
          }
          const edges: Record<string, string> = {};
          for (const g of Array.from(out.querySelectorAll("g.edgeLabel g.label[data-id]"))) {
            const ends = /^L_(.+)_(.+)_\d+$/.exec(g.getAttribute("data-id") ?? "");
            const text = (g.querySelector("div") as HTMLElement | null)?.innerText ?? "";
            if (ends !== null && text !== "") edges[`${ends[1]}>${ends[2]}`] = text;
          }
          const title = out.querySelector(".flowchartTitleText")?.textContent ?? undefined;
          const css = Array.from(out.querySelectorAll("style"), (s) => s.textContent ?? "").join("\n");
          return title === undefined ? { nodes, edges, css } : { nodes, edges, title, css };
        },
        { source, id: `m${++count}` },
      ),
    close: () => browser.close(),
  };
}
