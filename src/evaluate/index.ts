/* Placeholder until this subpath lands. */
export {};
