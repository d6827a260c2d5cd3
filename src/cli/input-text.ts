/**
 * Reading one input of the command line as text: a file or standard input,
 * bounded in size, strict UTF-8.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { InvalidInputError, UsageError } from "./command.js";
import { decodeInput } from "./decode.js";
import { displayName } from "./issue-line.js";
import { safeName } from "./safe-text.js";

/** Default bound on the size of one input, in MiB (`--max-input`). */
export const DEFAULT_MAX_INPUT_MIB = 256;

/** Largest `--max-input`, in MiB: bigger texts do not fit in one JavaScript string. */
export const MAX_INPUT_MIB_CAP = 511;

/** Where to read standard input from; returns at most a little more than `maxBytes` bytes. */
export type StdinReader = (maxBytes: number) => Promise<Uint8Array | string>;

/**
 * Reads one input as text: a file, or standard input for `-`. Refuses
 * (exit 1) input larger than `maxBytes`, invalid UTF-8 and empty input; drops
 * a UTF-8 BOM. A file that cannot be read exits 2.
 */
export async function readInputText(file: string, maxBytes: number, stdin: StdinReader): Promise<string> {
  const name = displayName(file);
  let bytes: Uint8Array;
  if (file === "-") {
    const got = await stdin(maxBytes);
    bytes = typeof got === "string" ? Buffer.from(got, "utf8") : got;
  } else bytes = await readFileBounded(file, maxBytes);
  if (bytes.length > maxBytes) throw tooLarge(name, maxBytes);
  const decoded = decodeInput(bytes);
  if ("issue" in decoded) throw new InvalidInputError(name, [decoded.issue]);
  return decoded.text;
}

function tooLarge(name: string, maxBytes: number): InvalidInputError {
  const mib = maxBytes / 1024 / 1024;
  return new InvalidInputError(name, [
    { code: "input-too-large", severity: "error", path: [], message: `the input is larger than ${Number.isInteger(mib) ? mib : mib.toFixed(2)} MiB; raise the bound with --max-input MIB (at most ${MAX_INPUT_MIB_CAP})` },
  ]);
}

function unreadable(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (code ?? (error as Error).message ?? String(error));
  return new UsageError(`cannot read ${safeName(file)}: ${why}`, "unreadable-input");
}

/** Reads a file, but never more than `maxBytes + 1` bytes (`/dev/zero`, FIFOs, growing files). Synchronous calls, as in io.ts. */
async function readFileBounded(file: string, maxBytes: number): Promise<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw unreadable(file, Object.assign(new Error("is a directory"), { code: "EISDIR" }));
    if (info.isFile()) {
      if (info.size > maxBytes) throw tooLarge(file, maxBytes);
      return readFileSync(fd);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InvalidInputError) throw error;
    throw unreadable(file, error);
  } finally {
    closeSync(fd);
  }
}
