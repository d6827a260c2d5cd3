/**
 * Argument frameworks whose acceptance is hard to get by enumerating
 * extensions, with known answers: used by the acceptance tests and by the
 * sceptical-acceptance benchmark (bench/evaluate/iccma.ts).
 */
import { frameworkFromEdges, type Framework } from "../../src/evaluate/index.js";
import type { ArgumentMap } from "../../src/map/argument-map.js";
import { argmap } from "../../src/map/builder.js";

/** k conflicts x_i ⇄ y_i, each x_i supporting the thesis t (2^k preferred extensions). */
export function pairsMap(k: number): ArgumentMap {
  let builder = argmap(`${k} pairs`).claim("t", "Thesis.");
  for (let i = 0; i < k; i++) {
    builder = builder
      .claim(`x${i}`, `X${i}.`)
      .claim(`y${i}`, `Y${i}.`)
      .support(`x${i}`, "t", { id: `s${i}` })
      .attack(`x${i}`, `y${i}`, { id: `p${i}` })
      .attack(`y${i}`, `x${i}`, { id: `q${i}` });
  }
  return builder.build();
}

/** a is attacked by z_i, and each z_i by both sides of a conflict x_i ⇄ y_i: a is in every preferred extension. */
export function guardedArgument(k: number): Framework {
  const ids = ["a"];
  const edges: [string, string][] = [];
  for (let i = 0; i < k; i++) {
    ids.push(`x${i}`, `y${i}`, `z${i}`);
    edges.push([`x${i}`, `y${i}`], [`y${i}`, `x${i}`], [`x${i}`, `z${i}`], [`y${i}`, `z${i}`], [`z${i}`, "a"]);
  }
  // An odd cycle that also attacks z0 leaves no stable extension, so semi-stable cannot take the stable shortcut.
  ids.push("w1", "w2", "w3");
  edges.push(["w1", "w2"], ["w2", "w3"], ["w3", "w1"], ["w1", "z0"]);
  return frameworkFromEdges(ids, edges);
}
