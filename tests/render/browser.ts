/**
 * Headless Chromium for the render tests: Debian's `chromium` driven by
 * playwright-core. Missing browsers fail the tests unless
 * `ARGMAP_SKIP_BROWSER=1` is set.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where Debian's `chromium` package installs the browser. */
export const CHROMIUM = process.env.ARGMAP_CHROMIUM ?? "/usr/bin/chromium";

/** Whether the browser tests were turned off explicitly. */
export const SKIP_BROWSER = process.env.ARGMAP_SKIP_BROWSER === "1";

/** Starts headless Chromium, or throws a message that says how to get it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`browser tests need Chromium at ${CHROMIUM}: install it (apt-get install -y chromium), point ARGMAP_CHROMIUM at it, or set ARGMAP_SKIP_BROWSER=1 to skip these tests`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
