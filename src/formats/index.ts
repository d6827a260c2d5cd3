/**
 * Interchange: read and write the formats people already use. AIF JSON
 * (AIFdb and xAIF), OVA, SADFace and Kialo in and out; arggraph XML in
 * (needs the optional peer `saxes`); Argdown out (read it with
 * `argmap/argdown`); Mermaid, Graphviz DOT and GraphML out; `sniffFormat`
 * tells which format a file is in. Every conversion returns its value and
 * warnings for what the target cannot hold.
 *
 * @module argmap/formats
 */
export { fromAif, toAif, toXaif } from "./aif.js";
export type { AifDocument, AifEdge, AifLocution, AifNode, AifParticipant, FromAifOptions, XaifDocument } from "./aif.js";
export { fromKialo, toKialo } from "./kialo.js";
export { fromOva, toOva } from "./ova.js";
export type { OvaDocument, OvaEdge, OvaNode, OvaParticipant } from "./ova.js";
export { fromSadface, toSadface } from "./sadface.js";
export type { SadfaceDocument, SadfaceEdge, SadfaceNode } from "./sadface.js";
export { fromArggraph } from "./arggraph.js";
export { toMermaid } from "./mermaid.js";
export type { MermaidOptions } from "./mermaid.js";
export { toDot } from "./dot.js";
export type { DotOptions } from "./dot.js";
export { toGraphml } from "./graphml.js";
export { toArgdown } from "./argdown/to-argdown.js";
export { sniffFormat } from "./sniff.js";
export type { SniffedFormat, SniffOptions } from "./sniff.js";
export type { ConversionResult, FormatErrorCode, FormatIssueCode, FormatWarningCode } from "./conversion.js";
