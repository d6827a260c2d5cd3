/**
 * Checks the site `npm run docs` wrote to docs/api before it is published:
 *
 * - the index page has one title, "argmap" (the README's own heading; the
 *   generated page title is turned off in typedoc.json);
 * - every guide in docs/ and docs/examples/ is a page of the site;
 * - every relative link and image in every page points at a file of the
 *   site, so the folder can be published as it is.
 *
 * Usage: `tsx scripts/check-docs.ts` after `npm run docs`. Exits 1 naming
 * each problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const site = join(root, "docs", "api");

/** Every file under `folder`, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The problems found in the site. */
export function checkSite(folder: string): string[] {
  if (!existsSync(join(folder, "index.html"))) return [`${relative(root, folder)}/index.html is missing: run npm run docs first`];
  const problems: string[] = [];
  const index = readFileSync(join(folder, "index.html"), "utf8");
  const titles = [...index.matchAll(/<h1[^>]*>([^<]*)/g)].map((m) => m[1]!.trim());
  if (titles.length !== 1 || titles[0] !== "argmap") problems.push(`index.html has the titles ${JSON.stringify(titles)}, not one "argmap"`);
  const pages = filesUnder(folder).filter((file) => file.endsWith(".html"));
  const guides = [...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")), ...readdirSync(join(root, "docs", "examples")).map((f) => `examples_${f}`)];
  for (const guide of guides) {
    if (!existsSync(join(folder, "documents", guide.replace(/\.md$/, ".html")))) problems.push(`the guide ${guide} is not a page of the site`);
  }
  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const target = match[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#") || target.startsWith("//")) continue;
      const path = decodeURIComponent(target.split("#")[0]!.split("?")[0]!);
      if (path === "") continue;
      if (!existsSync(join(dirname(page), path))) problems.push(`${relative(folder, page)} links to ${target}, which is not in the site`);
    }
  }
  return problems;
}

if (relative(process.argv[1] ?? "", fileURLToPath(import.meta.url)) === "") {
  const problems = checkSite(site);
  if (problems.length > 0) {
    console.error(`docs/api cannot be published as it is:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`docs/api: ${filesUnder(site).filter((f) => f.endsWith(".html")).length} pages, every relative link resolves`);
}
