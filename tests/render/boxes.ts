/** Boxes of a layout or of a page, and whether two of them overlap. */

/** A rectangle: top-left corner and size. */
export type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** Whether two boxes share some area (touching edges do not count). */
export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
