/**
 * What the HTML viewer's panel says about a clicked claim beyond its text:
 * why it stands or falls under the evaluation's semantics, and the claims
 * that move its strength most. Computed when the page is written and
 * embedded as data; the viewer shows it as text.
 * @module
 * @internal
 */
import { ArgmapError } from "../errors.js";
import { explainClaim } from "../evaluate/explain-claim.js";
import { explanationWriter } from "../evaluate/explanation-text.js";
import type { ArgumentMap } from "../map/argument-map.js";
import type { MapEvaluation } from "../map/evaluation.js";
import { showBidiControls } from "./escape.js";

/** Maps with more claims than this get no explanations in the panel (each claim is explained on its own). */
export const PANEL_EXPLAIN_LIMIT = 500;
/** The contributors listed per claim. */
const TOP = 3;

/** @internal The panel's explanation of one claim. */
export interface PanelExplanation {
  /** Why it stands, falls or stays open (or its strength), with each objection and its answer. */
  readonly why: string;
  /** The heading of the contributor list. */
  readonly contributorsTitle: string;
  /** The claims that move its strength most, strongest first. */
  readonly contributors: readonly { readonly key: string; readonly text: string; readonly value: string }[];
}

/**
 * @internal Explanations of every claim under the evaluation's semantics,
 * keyed by claim id; empty without an evaluation, for maps of more than
 * {@link PANEL_EXPLAIN_LIMIT} claims, and where the explanation cannot be
 * computed (strengths on a cycle that do not settle): the panel then shows
 * the label or strength alone.
 */
export function panelExplanations(map: ArgumentMap, evaluation: MapEvaluation | undefined, keys: ReadonlyMap<string, string>): Map<string, PanelExplanation> {
  const out = new Map<string, PanelExplanation>();
  if (evaluation === undefined || map.claimCount > PANEL_EXPLAIN_LIMIT || evaluation.complete === false) return out;
  const writer = explanationWriter(map, undefined, false);
  for (const claim of map.claims()) {
    let explanation;
    try {
      explanation = explainClaim(map, claim.id, { semantics: evaluation.semantics, limit: TOP * 4 });
    } catch (error) {
      if (error instanceof ArgmapError) return new Map();
      throw error;
    }
    const contributors = (explanation.contributions?.entries ?? [])
      .filter((entry) => entry.kind === "claim")
      .slice(0, TOP)
      .map((entry) => ({ key: keys.get(entry.id)!, text: showBidiControls(map.claim(entry.id)!.text), value: writer.w.number(entry.value, 3, true) }));
    out.set(claim.id, { why: showBidiControls(writer.verdict(explanation)), contributorsTitle: writer.contributionsTitle(explanation) ?? "", contributors });
  }
  return out;
}
