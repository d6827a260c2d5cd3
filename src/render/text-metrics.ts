/**
 * Text measuring without a canvas: advance widths of the font argmap draws
 * with, so that boxes fit their wrapped text in Node and in the browser alike.
 * @module
 */

/**
 * The font stack drawings use. Widths are those of DejaVu Sans (installed
 * with most Linux desktops, and by the `fonts-dejavu-core` package); Verdana
 * has nearly the same metrics, so boxes also fit on systems that lack DejaVu.
 * @example
 * ```ts
 * import { FONT_FAMILY } from "argmap/render";
 * const css = `svg text { font-family: ${FONT_FAMILY}; }`;
 * console.log(css);
 * ```
 */
export const FONT_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

/** Advance widths of DejaVu Sans for U+0020..U+00FF, in 1/1000 em (0 = control character). */
// prettier-ignore
const REGULAR = Uint16Array.from([
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
  636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
  1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
  603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
  500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
  635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  318, 401, 636, 636, 636, 636, 337, 500, 500, 1000, 471, 612, 838, 0, 1000, 500,
  500, 838, 401, 401, 500, 636, 636, 318, 500, 401, 471, 612, 969, 969, 969, 531,
  684, 684, 684, 684, 684, 684, 974, 698, 632, 632, 632, 632, 295, 295, 295, 295,
  775, 748, 787, 787, 787, 787, 787, 838, 787, 732, 732, 732, 732, 611, 605, 630,
  613, 613, 613, 613, 613, 613, 982, 550, 615, 615, 615, 615, 278, 278, 278, 278,
  612, 634, 612, 612, 612, 612, 612, 838, 612, 634, 634, 634, 634, 592, 635, 592,
]);

/** Advance widths of DejaVu Sans Bold for U+0020..U+00FF, in 1/1000 em. */
// prettier-ignore
const BOLD = Uint16Array.from([
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
  696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
  1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
  733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
  500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
  716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  348, 456, 696, 696, 636, 696, 365, 500, 500, 1000, 564, 646, 838, 0, 1000, 500,
  500, 838, 438, 438, 500, 736, 636, 380, 500, 438, 564, 646, 1035, 1035, 1035, 580,
  774, 774, 774, 774, 774, 774, 1085, 734, 683, 683, 683, 683, 372, 372, 372, 372,
  838, 837, 850, 850, 850, 850, 850, 838, 850, 812, 812, 812, 812, 724, 738, 719,
  675, 675, 675, 675, 675, 675, 1048, 593, 678, 678, 678, 678, 343, 343, 343, 343,
  687, 712, 687, 687, 687, 687, 687, 838, 687, 712, 712, 712, 712, 652, 716, 652,
]);

/** Common punctuation beyond Latin-1: code point → [regular, bold] width. */
const PUNCTUATION = new Map<number, readonly [number, number]>([
  [0x2010, [361, 415]], [0x2011, [361, 415]], [0x2012, [636, 696]], [0x2013, [500, 500]],
  [0x2014, [1000, 1000]], [0x2018, [318, 380]], [0x2019, [318, 380]], [0x201c, [518, 657]],
  [0x201d, [518, 657]], [0x2022, [590, 639]], [0x2026, [1000, 1000]], [0x2032, [227, 264]],
  [0x2033, [374, 447]], [0x20ac, [636, 696]], [0x2122, [1000, 1000]], [0x2190, [838, 838]],
  [0x2192, [838, 838]], [0x2212, [838, 838]],
]);

/** Width used for characters the tables do not list (a generous average). */
const OTHER = 700;
/** Width of East Asian wide characters and emoji. */
const WIDE = 1000;

/** Whether a code point is drawn full-width (CJK, Hangul, fullwidth forms, emoji). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x1f000
  );
}

/** Width of one code point outside U+0020..U+00FF (which {@link textUnits} looks up itself), in 1/1000 em. */
function advance(cp: number, bold: boolean): number {
  if (cp < 0x20) return 0;
  const known = PUNCTUATION.get(cp);
  if (known !== undefined) return known[bold ? 1 : 0];
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  return isWide(cp) ? WIDE : OTHER;
}

/**
 * Options of {@link textWidth} and {@link wrapText}.
 * @example
 * ```ts
 * import { textWidth, type TextStyle } from "argmap/render";
 * const style: TextStyle = { fontSize: 13, bold: true };
 * console.log(textWidth("Thesis", style));
 * ```
 */
export interface TextStyle {
  /**
   * Font size in pixels.
   *
   * @defaultValue 13
   */
  readonly fontSize?: number;
  /**
   * Whether the text is bold.
   *
   * @defaultValue false
   */
  readonly bold?: boolean;
}

const TEXT_DEFAULTS = { fontSize: 13, bold: false } as const;

/**
 * Width of a single line of text in {@link FONT_FAMILY}, in pixels. Kerning is
 * ignored, so the result is never smaller than what a browser draws.
 *
 * @param text - One line of text.
 * @param style - Font size and weight.
 * @returns The width in pixels.
 * @example
 * ```ts
 * import { textWidth } from "argmap/render";
 * console.log(textWidth("Japan", { fontSize: 10 })); // 31.22
 * ```
 */
export function textWidth(text: string, style: TextStyle = {}): number {
  return (textUnits(text, style.bold ?? TEXT_DEFAULTS.bold) * (style.fontSize ?? TEXT_DEFAULTS.fontSize)) / 1000;
}

/** Width of a line in 1/1000 em: a whole number, so widths of pieces add up exactly. */
function textUnits(text: string, bold: boolean): number {
  const latin = bold ? BOLD : REGULAR;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    // Most text is Latin-1: looked up here, without a call per character.
    if (cp >= 0x20 && cp <= 0xff) {
      units += latin[cp - 0x20]!;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    units += advance(cp, bold);
  }
  return units;
}

/**
 * Breaks text into lines no wider than `maxWidth` pixels: at spaces where it
 * can, inside a word only when the word alone is too wide. Line breaks in the
 * text are kept; runs of spaces collapse to one.
 *
 * @param text - The text to wrap.
 * @param maxWidth - Largest line width in pixels (at least one character is placed per line).
 * @param style - Font size and weight.
 * @returns The lines, at least one (`[""]` for empty text).
 * @example
 * ```ts
 * import { wrapText } from "argmap/render";
 * console.log(wrapText("Japan eased its arms export rules.", 100)); // ["Japan eased its", "arms export", "rules."]
 * ```
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle = {}): string[] {
  return measureLines(text, maxWidth, style).lines;
}

/**
 * @internal {@link wrapText}, with the width of the widest line, in pixels
 * (what {@link textWidth} gives for it).
 */
export function measureLines(text: string, maxWidth: number, style: TextStyle = {}): { readonly lines: string[]; readonly widest: number } {
  const bold = style.bold ?? TEXT_DEFAULTS.bold;
  const fontSize = style.fontSize ?? TEXT_DEFAULTS.fontSize;
  // Widths are summed in whole units; a line fits when its width in pixels, as textWidth gives it, does.
  const limit = maxWidth + 1e-9;
  const lines: string[] = [];
  let widest = 0;
  const space = textUnits(" ", bold);
  const paragraphs = text.split(/\r\n|\r|\n/);
  for (let p = 0; p < paragraphs.length; p++) {
    const words = paragraphs[p]!.split(/[ \t\f\v\u00a0]+/);
    let line = "";
    let width = 0;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      if (word === "") continue;
      const w = textUnits(word, bold);
      if (line !== "" && ((width + space + w) * fontSize) / 1000 <= limit) {
        line += ` ${word}`;
        width += space + w;
        continue;
      }
      if (line !== "") {
        lines.push(line);
        if (width > widest) widest = width;
      }
      if ((w * fontSize) / 1000 <= limit) {
        line = word;
        width = w;
        continue;
      }
      // A word wider than a line: cut it into pieces that fit.
      line = "";
      width = 0;
      for (const char of word) {
        const cw = textUnits(char, bold);
        if (line !== "" && ((width + cw) * fontSize) / 1000 > limit) {
          lines.push(line);
          if (width > widest) widest = width;
          line = "";
          width = 0;
        }
        line += char;
        width += cw;
      }
    }
    lines.push(line);
    if (width > widest) widest = width;
  }
  return { lines, widest: (widest * fontSize) / 1000 };
}
