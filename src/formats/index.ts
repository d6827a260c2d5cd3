/**
 * Interchange: read and write the formats people already use. AIF JSON
 * (AIFdb and xAIF) and Kialo in and out; Argdown out (read it with
 * `argmap/argdown`); Mermaid, Graphviz DOT and GraphML out. Every conversion
 * returns its value and warnings for what the target cannot hold.
 *
 * @module argmap/formats
 */
export { fromAif, toAif, toXaif } from "./aif.js";
export type { AifDocument, AifEdge, AifLocution, AifNode, FromAifOptions, XaifDocument } from "./aif.js";
export { fromKialo, toKialo } from "./kialo.js";
export { toMermaid } from "./mermaid.js";
export type { MermaidOptions } from "./mermaid.js";
export { toDot } from "./dot.js";
export type { DotOptions } from "./dot.js";
export { toGraphml } from "./graphml.js";
export { toArgdown } from "./argdown/to-argdown.js";
export { sniffFormat } from "./sniff.js";
export type { SniffedFormat, SniffOptions } from "./sniff.js";
export type { ConversionResult, FormatErrorCode, FormatIssueCode, FormatWarningCode } from "./conversion.js";
