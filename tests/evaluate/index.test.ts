import { expect, test } from "vitest";

test("argmap/evaluate exports exactly its public API", async () => {
  expect(Object.keys(await import("../../src/evaluate/index.js")).sort()).toEqual(
    [
      "EXTENSION_SEMANTICS",
      "GRADUAL_SEMANTICS",
      "IN",
      "OUT",
      "UNDEC",
      "countExtensions",
      "credulouslyAccepted",
      "detectFrameworkFormat",
      "dfquad",
      "euler",
      "evaluateMap",
      "extensionIds",
      "extensions",
      "frameworkFromEdges",
      "frameworkFromMap",
      "gradual",
      "grounded",
      "hCategorizer",
      "ideal",
      "isExtensionSemantics",
      "isGradualSemantics",
      "labelOf",
      "labelsById",
      "parseApx",
      "parseFramework",
      "parseIccma",
      "quadraticEnergy",
      "scepticallyAccepted",
      "someExtension",
      "toApx",
      "toIccma",
    ].sort(),
  );
});
