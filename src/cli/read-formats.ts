/** The `--from` names of the formats the command line reads (`json` is argmap JSON). */
export const READ_FORMATS = ["json", "argdown", "aif", "kialo", "sadface", "ova", "arggraph", "iccma", "apx"] as const;

/** A `--from` name. */
export type ReadFormat = (typeof READ_FORMATS)[number];

/** The formats that hold argument maps: what every command that reads a map lists in `--from`. */
export const MAP_READ_FORMATS: readonly ReadFormat[] = READ_FORMATS.filter((format) => format !== "iccma" && format !== "apx");

/** The formats of abstract frameworks (ICCMA 2023 `p af N`, ASPARTIX `.apx`). */
export const FRAMEWORK_READ_FORMATS: readonly ReadFormat[] = ["iccma", "apx"];
