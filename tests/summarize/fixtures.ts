/** Small maps and helpers shared by the summary tests. */
import { argmap, type ArgumentMap, type ArgumentSummary, type SummaryArgument, type SummaryClaim, type SummaryReference } from "../../src/index.js";

export const LUNCH_TEXT = "We should get pizza, because pizza is quick. But Sam cannot eat cheese. Then again, there is vegan pizza.";

/** A thesis with a reason, an objection and an undercut of the objection, all anchored. */
export function lunch(): ArgumentMap {
  return argmap("Lunch")
    .source({ id: "chat", title: "Team chat", text: LUNCH_TEXT })
    .thesis("t", "We should get pizza.", { quote: "We should get pizza" })
    .claim("quick", "Pizza is quick.", { quote: "pizza is quick" })
    .claim("cheese", "Sam cannot eat cheese.", { quote: "Sam cannot eat cheese" })
    .claim("vegan", "There is vegan pizza.", { quote: "there is vegan pizza" })
    .support("quick", "t", { id: "s1", quote: "because" })
    .attack("cheese", "t", { id: "a1" })
    .attack("vegan", "a1", { id: "u1", quote: "Then again" })
    .build();
}

/** Every claim occurrence in reading order (claims written out and references), isolated claims last. */
export function occurrences(summary: ArgumentSummary): (SummaryClaim | SummaryReference)[] {
  const out: (SummaryClaim | SummaryReference)[] = [];
  type Item = { claim: SummaryClaim | SummaryReference } | { argument: SummaryArgument };
  const stack: Item[] = [...summary.roots, ...summary.isolated].reverse().map((claim) => ({ claim }));
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ("claim" in item) {
      out.push(item.claim);
      if (item.claim.kind === "claim") for (let i = item.claim.arguments.length - 1; i >= 0; i--) stack.push({ argument: item.claim.arguments[i]! });
    } else {
      const later: Item[] = [...item.argument.premises.map((claim) => ({ claim })), ...item.argument.arguments.map((argument) => ({ argument }))];
      for (let i = later.length - 1; i >= 0; i--) stack.push(later[i]!);
    }
  }
  return out;
}
