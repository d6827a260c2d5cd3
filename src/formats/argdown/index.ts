/**
 * Argdown in and out. Reading needs the optional peer dependency
 * `@argdown/core`, loaded on first use; writing does not.
 *
 * @module argmap/argdown
 */
export { fromArgdown, fromArgdownResponse } from "./from-argdown.js";
export type { ArgdownModelResponse } from "./from-argdown.js";
export { toArgdown } from "./to-argdown.js";
export type { ConversionResult, FormatErrorCode, FormatIssueCode, FormatWarningCode } from "../conversion.js";
