import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    evaluate: "src/evaluate/index.ts",
    formats: "src/formats/index.ts",
    argdown: "src/formats/argdown/index.ts",
    render: "src/render/index.ts",
    datasets: "src/datasets/index.ts",
    cli: "src/cli/main.ts",
  },
  format: ["esm", "cjs"],
  dts: { entry: ["src/index.ts", "src/evaluate/index.ts", "src/formats/index.ts", "src/formats/argdown/index.ts", "src/render/index.ts", "src/datasets/index.ts"] },
  sourcemap: true,
  clean: true,
  target: "node20",
  splitting: true,
  treeshake: true,
  external: ["@argdown/core", "elkjs", "graphology", "zod"],
});
