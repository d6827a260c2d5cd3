/**
 * The package as npm users meet it: what `npm pack` puts in the tarball.
 * Reads `npm pack --dry-run --json` (dist/ is built by the global setup).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { entryFiles } from "../scripts/check-package.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown> & {
  exports: Record<string, string | Record<string, Record<string, string>>>;
  bin: Record<string, string>;
  files: string[];
};

let files: Set<string>;

beforeAll(() => {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const [packed] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
  files = new Set(packed!.files.map((f) => f.path));
}, 120_000);

/** Relative link and image targets of a Markdown file, without anchors. */
function relativeLinks(markdown: string): string[] {
  const out: string[] = [];
  for (const match of markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = match[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
    out.push(target.split("#")[0]!);
  }
  return out;
}

describe("the tarball", () => {
  test("ships the LICENSE, and package.json names MIT", () => {
    expect(files.has("LICENSE")).toBe(true);
    expect(pkg["license"]).toBe("MIT");
    expect(readFileSync(join(root, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} argmap contributors\n/);
  });

  test("every relative link and image in the README resolves inside it", () => {
    const links = relativeLinks(readFileSync(join(root, "README.md"), "utf8"));
    expect(links.length).toBeGreaterThan(5);
    const missing = links.filter((link) => !files.has(posix.normalize(link.replace(/^\.\//, ""))));
    expect(missing).toEqual([]);
  });

  test("every relative link between the shipped guides resolves inside it", () => {
    const missing: string[] = [];
    for (const file of files) {
      if (!file.startsWith("docs/") || !file.endsWith(".md")) continue;
      for (const link of relativeLinks(readFileSync(join(root, file), "utf8"))) {
        const target = normalize(posix.join(posix.dirname(file), link)).split("\\").join("/");
        // Links into the repository's tests and benchmarks are for contributors.
        if (target.startsWith("tests/") || target.startsWith("bench/")) continue;
        if (!files.has(target) && !files.has(`${target}/README.md`)) missing.push(`${file} → ${link}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("every file the exports map and bin point at is in it", () => {
    const targets = [...entryFiles(pkg), ...["main", "module", "types"].map((field) => (pkg[field] as string).replace(/^\.\//, ""))];
    expect(targets.filter((t) => !files.has(t))).toEqual([]);
  });

  test("prepack builds, so that npm pack and npm publish from a fresh clone ship dist/", () => {
    const scripts = pkg["scripts"] as Record<string, string>;
    // The build's output goes to stderr, so that `npm pack --json` stays JSON.
    expect(scripts["prepack"]).toBe("npm run build 1>&2");
    expect(scripts["build"]).toMatch(/\btsup$/);
  });

  test("ships only what users load: no source maps, no typings or ESM copy of the CLI, no sources or tests", () => {
    const unwanted = [...files].filter((f) => f.endsWith(".map") || /^dist\/cli(\.js|\.d\.c?ts|\/.*\.d\.c?ts)$/.test(f) || f.startsWith("src/") || f.startsWith("tests/") || f.startsWith("docs/api/"));
    expect(unwanted).toEqual([]);
    // The command: the bin, its bundle, and the licences of what the bundle holds.
    expect([...files].filter((f) => /^dist\/cli[./]/.test(f)).sort()).toEqual(["dist/cli.cjs", "dist/cli/THIRD-PARTY-LICENSES.txt", "dist/cli/argmap.cjs"]);
  });

  test("has no repository, homepage or bugs field until there is a public home", () => {
    for (const field of ["repository", "homepage", "bugs"]) expect(pkg).not.toHaveProperty(field);
  });

  test("zod is a peer in both supported majors", () => {
    expect((pkg["peerDependencies"] as Record<string, string>)["zod"]).toBe("^3.25.0 || ^4.0.0");
  });
});
