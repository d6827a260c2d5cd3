/**
 * Compares what argmap reads from an Argdown document with the model
 * `@argdown/core` builds of it: statements, arguments, relations by type and
 * texts. The rules of docs/formats.md ("Reading Argdown") say what each part
 * of the model becomes; every place where the map is not what those rules
 * give is a difference, with a kind. A few kinds are documented readings
 * (docs/formats.md, "Where argmap reads differently from @argdown/core");
 * any other kind is a defect.
 */
import type { ArgumentMap } from "../../src/index.js";

/** Kinds of difference that docs/formats.md lists and justifies. */
export const DOCUMENTED_DIFFERENCES = ["joined-untitled-conclusion", "self-attack"] as const;

/** One place where the map is not what the model and the reading rules give. */
export interface Difference {
  readonly kind: string;
  readonly detail: string;
}

interface Range {
  readonly type?: string;
}
interface Member {
  readonly text?: string | null;
  readonly isReference?: boolean;
  readonly role?: string;
  readonly data?: Record<string, unknown> | null;
  readonly ranges?: readonly Range[];
}
interface EquivalenceClass {
  readonly type: "equivalence-class";
  readonly title: string;
  readonly members: readonly Member[];
  readonly tags?: readonly string[];
}
interface PcsStatement {
  readonly title: string;
  readonly inference?: { readonly data?: Record<string, unknown> | null; readonly inferenceRules?: readonly string[] };
}
interface Argument {
  readonly type: "argument";
  readonly title: string;
  readonly members: readonly Member[];
  readonly pcs: readonly PcsStatement[];
  readonly tags?: readonly string[];
}
interface Inference {
  readonly type: "inference";
  readonly argumentTitle: string;
  readonly conclusionIndex: number;
}
interface CoreRelation {
  readonly from: EquivalenceClass | Argument | Inference;
  readonly to: EquivalenceClass | Argument | Inference;
  readonly relationType: string;
}
/** The parts of an `@argdown/core` response (parse-input, build-model) the comparison reads. */
export interface CoreModel {
  readonly statements?: Record<string, EquivalenceClass>;
  readonly arguments?: Record<string, Argument>;
  readonly relations?: readonly CoreRelation[];
}

/** Text as a reader compares it: tags out, white space collapsed, no space before punctuation. */
export function comparable(text: string): string {
  return text
    .replace(/#\([^)]*\)|#[\p{L}\p{N}_-]+/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/ (?=[.,;:!?)\]}])/g, "")
    .trim();
}

/** The definition Argdown shows: the member marked canonical, else the last definition with text. */
function canonical(members: readonly Member[]): Member | undefined {
  let fallback: Member | undefined;
  for (let i = members.length - 1; i >= 0; i--) {
    const member = members[i]!;
    if (member.isReference === true) continue;
    if (member.data?.isCanonical === true) return member;
    if (fallback === undefined && typeof member.text === "string" && member.text.trim() !== "") fallback = member;
  }
  return fallback;
}

const textOf = (members: readonly Member[]): string => comparable(canonical(members)?.text ?? "");
/** The text a claim reads: the model's text, or the title when there is none and the title is the author's (docs/formats.md, "Reading Argdown"). */
const claimTextOf = (members: readonly Member[], title: string): string => {
  const text = textOf(members);
  return text !== "" || /^Untitled \d+$/.test(title) ? text : comparable(title);
};

/**
 * Lists every difference between the map argmap read and `@argdown/core`'s
 * model of the same document.
 */
export function compareWithCore(model: CoreModel, map: ArgumentMap): Difference[] {
  const differences: Difference[] = [];
  const differ = (kind: string, detail: string): void => {
    differences.push({ kind, detail });
  };
  const statements = Object.values(model.statements ?? {});
  const args = Object.values(model.arguments ?? {});
  const claims = map.claims();
  const relations = map.relations();

  // Statements: a claim titled like the statement (untitled ones keep "Untitled N" as their id).
  const claimOf = new Map<string, string>();
  const titled = new Map<string, string>();
  const fromArgument = (claim: (typeof claims)[number]): boolean => typeof (claim.meta?.argdown as { argument?: unknown } | undefined)?.argument === "string";
  for (const claim of claims) if (claim.title !== undefined && !fromArgument(claim)) titled.set(claim.title, claim.id);
  for (const statement of statements) {
    const untitled = /^Untitled \d+$/.test(statement.title);
    const id = untitled ? (map.hasClaim(statement.title) && map.claim(statement.title)!.title === undefined ? statement.title : undefined) : titled.get(statement.title);
    const expected = claimTextOf(statement.members, statement.title);
    if (id === undefined) {
      const twin = claims.find((c) => c.title !== undefined && comparable(c.text) === expected);
      const conclusionOnly = statement.members.every((m) => m.role === "main-conclusion" || m.role === "intermediary-conclusion");
      if (untitled && conclusionOnly && twin !== undefined) {
        claimOf.set(statement.title, twin.id);
        differ("joined-untitled-conclusion", `${statement.title} ("${expected}") is joined to [${twin.title!}]`);
      } else differ("missing-statement", `[${statement.title}] is no claim`);
      continue;
    }
    claimOf.set(statement.title, id);
    const claim = map.claim(id)!;
    if (comparable(claim.text) !== expected) differ("statement-text", `[${statement.title}]: "${comparable(claim.text)}" is not "${expected}"`);
    const tags = [...new Set(statement.tags ?? [])].sort();
    const claimTags = [...new Set(claim.tags ?? [])].sort();
    if (JSON.stringify(tags) !== JSON.stringify(claimTags)) differ("statement-tags", `[${statement.title}]: tags ${JSON.stringify(claimTags)} are not ${JSON.stringify(tags)}`);
  }

  // Arguments: without a premise–conclusion structure a claim, with one a support per inference step.
  const argumentClaim = new Map<string, string>();
  for (const claim of claims) {
    const title = (claim.meta?.argdown as { argument?: unknown } | undefined)?.argument;
    if (typeof title === "string") argumentClaim.set(title, claim.id);
  }
  const accounted = new Set<string>();
  const stepRelation = new Map<string, string>(); // argument title + conclusion index → relation id
  const mainRelation = new Map<string, string>();
  const findRelation = (type: string, from: readonly string[], to: string): string | undefined => {
    const key = JSON.stringify([...from].sort());
    return relations.find((r) => !accounted.has(r.id) && r.type === type && r.to === to && JSON.stringify([...r.from].sort()) === key)?.id;
  };
  for (const argument of args) {
    if (argument.pcs.length === 0) {
      const id = argumentClaim.get(argument.title);
      if (id === undefined) differ("missing-argument", `<${argument.title}> is no claim`);
      else if (comparable(map.claim(id)!.text) !== claimTextOf(argument.members, argument.title)) differ("argument-text", `<${argument.title}>: "${comparable(map.claim(id)!.text)}" is not "${claimTextOf(argument.members, argument.title)}"`);
      continue;
    }
    let since: string[] = [];
    let previous: string | undefined;
    // Premises no step names in `uses` join the step they are written before.
    const used = new Set<string>();
    const steps: { premises: string[]; written: string[]; statement: PcsStatement; k: number }[] = [];
    argument.pcs.forEach((statement, k) => {
      if (statement.inference === undefined) {
        since.push(statement.title);
        return;
      }
      const uses = statement.inference.data?.uses;
      const premises =
        Array.isArray(uses) && uses.every((u) => Number.isInteger(u) && u >= 1 && u <= k) ? (uses as number[]).map((u) => argument.pcs[u - 1]!.title) : previous === undefined ? since : [previous, ...since];
      for (const title of premises) used.add(title);
      steps.push({ premises, written: since, statement, k });
      since = [];
      previous = statement.title;
    });
    for (const { premises: chosen, written, statement, k } of steps) {
      const premises = [...chosen, ...written.filter((title) => !used.has(title))];
      const from = [...new Set(premises.map((title) => claimOf.get(title)).filter((id): id is string => id !== undefined))];
      const to = claimOf.get(statement.title);
      const id = to === undefined ? undefined : findRelation("support", from, to);
      if (id === undefined) differ("missing-inference", `<${argument.title}> step to (${k + 1}) is no support from ${JSON.stringify(from)} to ${to ?? "?"}`);
      else {
        accounted.add(id);
        stepRelation.set(`${argument.title}\u0000${k}`, id);
        if (k === argument.pcs.length - 1) {
          mainRelation.set(argument.title, id);
          const relation = map.relation(id)!;
          if (id !== argument.title && !id.startsWith(`${argument.title}#`)) differ("argument-id", `<${argument.title}> became relation ${JSON.stringify(id)}`);
          const label = textOf(argument.members);
          if (comparable(relation.label ?? "") !== label) differ("argument-text", `<${argument.title}>: label "${relation.label ?? ""}" is not "${label}"`);
        }
      }
    }
  }

  // Relations: each core relation becomes the relation (or two) the reading rules give.
  const node = (end: CoreRelation["from"]): string | undefined => {
    if (end.type === "equivalence-class") return claimOf.get(end.title);
    if (end.type === "inference") return stepRelation.get(`${end.argumentTitle}\u0000${end.conclusionIndex}`);
    return argumentClaim.get(end.title) ?? mainRelation.get(end.title);
  };
  const name = (end: CoreRelation["from"]): string => (end.type === "equivalence-class" ? `[${end.title}]` : end.type === "argument" ? `<${end.title}>` : `inference ${end.conclusionIndex} of <${end.argumentTitle}>`);
  for (const relation of model.relations ?? []) {
    const from = node(relation.from);
    const to = node(relation.to);
    const what = `${name(relation.from)} ${relation.relationType} ${name(relation.to)}`;
    if (from === undefined || to === undefined) {
      differ("missing-relation", `${what}: an end is not in the map`);
      continue;
    }
    const type = relation.relationType === "support" || relation.relationType === "entails" ? "support" : "attack";
    if (from === to) {
      // An argument's own conclusion, listed as its support: the argument's inference is that relation.
      const absorbed = type === "support" && relations.some((r) => r.to === to && r.type === "support" && !r.from.includes(to));
      if (!absorbed) differ("self-attack", `${what} relates a statement to itself`);
      continue;
    }
    const wanted: [string, string][] = [[from, to]];
    if (relation.relationType === "contrary" || relation.relationType === "contradictory") wanted.push([to, from]);
    for (const [a, b] of wanted) {
      const id = findRelation(type, [a], b);
      if (id === undefined) differ("missing-relation", `${what}: no ${type} from ${a} to ${b}`);
      else accounted.add(id);
    }
  }
  for (const relation of relations) if (!accounted.has(relation.id)) differ("extra-relation", `${relation.id} (${relation.type} from ${JSON.stringify(relation.from)} to ${relation.to}) is not in the model`);

  // Texts: every statement text and argument description the model holds is in the map.
  const held = new Set<string>();
  const wordings = (meta: unknown): readonly string[] => ((meta as { argdown?: { wordings?: string[] } } | undefined)?.argdown?.wordings ?? []);
  for (const claim of claims) for (const text of [claim.text, ...wordings(claim.meta)]) held.add(comparable(text));
  for (const relation of relations) for (const text of [relation.label ?? "", ...wordings(relation.meta)]) held.add(comparable(text));
  for (const element of [...statements, ...args]) {
    for (const member of element.members) {
      if (member.isReference === true || typeof member.text !== "string") continue;
      const text = comparable(member.text);
      if (text !== "" && !held.has(text)) differ("lost-text", `"${text}" of ${element.type === "argument" ? `<${element.title}>` : `[${element.title}]`} is not in the map`);
    }
  }
  return differences;
}
