/** The formats the command line writes maps in (`convert --to`, `-f` of `convert`, `extract` and `merge`). */
export const WRITE_FORMATS = ["json", "argdown", "aif", "xaif", "sadface", "ova", "kialo", "mermaid", "dot", "graphml"] as const;

/** A `--to` / `--format` name of a written map. */
export type WriteFormat = (typeof WRITE_FORMATS)[number];
