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
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  splitting: true,
  treeshake: true,
  external: ["@argdown/core", "@dagrejs/dagre", "@viz-js/viz", "elkjs", "graphology", "zod"],
});
