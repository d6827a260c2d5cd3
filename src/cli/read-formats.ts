/** The `--from` names of the formats the command line reads (`json` is argmap JSON). */
export const READ_FORMATS = ["json", "argdown", "aif", "kialo", "sadface", "ova", "arggraph", "iccma", "apx"] as const;

/** A `--from` name. */
export type ReadFormat = (typeof READ_FORMATS)[number];

