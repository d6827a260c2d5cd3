/** Small maps shared by the summary renderer tests. */
import { argmap, type ArgumentMap } from "../../src/index.js";

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
