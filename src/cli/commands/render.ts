import { ALL_SEMANTICS } from "../../evaluate/semantics.js";
import type { Command } from "../command.js";

/** `argmap render FILE --out map.svg|map.html`: draws a map. */
export const renderCommand: Command = {
  name: "render",
  summary: "draw a map as SVG, as a standalone HTML viewer, or as a PNG image",
  usage: "render FILE",
  description:
    "Draws FILE as an SVG image or a standalone HTML page (pan, zoom, source quotes on hover; no network).\n" +
    "The format follows the --out file's extension (.svg, .html, .png); without --out the drawing goes to standard output (PNG needs --out).\n" +
    "PNG images need the optional package @resvg/resvg-js; --scale sets their resolution.\n" +
    "A --format that contradicts the --out extension (--format html --out map.svg) is refused.\n" +
    "With --semantics, claims are shaded by strength (gradual semantics) or marked in/out/undec (extension semantics).",
  options: {
    out: { type: "string", short: "o", description: "write to this file (.svg, .html or .png) instead of standard output", valueName: "FILE" },
    format: { type: "string", short: "f", description: "output format (default: from --out, else svg)", choices: ["svg", "html", "png"], valueName: "FORMAT" },
    scale: { type: "string", description: "PNG: image pixels per pixel of the drawing, 0.1 to 10 (default 2)", valueName: "X" },
    semantics: { type: "string", short: "s", description: "evaluate the map and show the result", choices: ALL_SEMANTICS, valueName: "NAME" },
    direction: { type: "string", description: "the way arrows point (default auto: thesis at the top, or on the left for a wide map)", choices: ["auto", "up", "down", "left", "right"], valueName: "DIR" },
    engine: { type: "string", description: "layout engine (default builtin; graphviz, dagre and elk need their package; elk draws orthogonal edges)", choices: ["builtin", "graphviz", "dagre", "elk"], valueName: "NAME" },
    "node-placement": { type: "string", description: "how the elk engine places boxes in a layer", choices: ["network-simplex", "brandes-koepf", "linear-segments", "simple"], valueName: "HOW" },
    root: { type: "string", short: "r", description: "draw only this claim and what stands behind it", valueName: "ID" },
    depth: { type: "string", short: "d", description: "draw only N levels of reasons and objections (below --root, or below the top claims)", valueName: "N" },
    step: { type: "string", description: "gradual --semantics: how far each iteration moves, in (0, 1] (default 1; 0.5 settles oscillations)", valueName: "X" },
    timeout: { type: "string", description: "stop after this many seconds, whatever is left: reading, evaluating, measuring, layout (exit 1)", valueName: "SECONDS" },
    "open-depth": { type: "string", description: "HTML: levels shown unfolded when the page opens (default: as many as the window shows legibly)", valueName: "N" },
  },
  positionals: { min: 1, max: 1 },
  load: () => import("../actions/render.js"),
};
