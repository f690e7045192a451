/**
 * A party's own scoring beyond its sheet (`OwnScoring` in types.ts): the scoring rules that name it,
 * the legitimacy weights, threshold and its social-licence consequence, its no-deal consequence.
 * None of it changes during a game, so it is built once per scenario and party and cached in a
 * WeakMap (never stored in the state). Views share the cached object: views are read-only.
 */
import type { PartyId, Scenario } from '../scenario/types.ts';
import type { OwnScoring } from './types.ts';

const cache = new WeakMap<Scenario, Map<PartyId, OwnScoring>>();

function build(scenario: Scenario, party: PartyId): OwnScoring {
  const lost = scenario.legitimacy.consequence;
  const lostPoints = lost?.points?.[party];
  const noDeal = scenario.agreement.noDeal;
  const noDealPoints = noDeal?.points?.[party];
  return {
    // Copy field by field: the rule's `parties` (whom else it names) must not reach the view.
    rules: scenario.scoringRules
      .filter((r) => r.parties.includes(party))
      .map((r) => ({ id: r.id, description: r.description, points: r.points, when: r.when })),
    legitimacy: {
      weights: { ...scenario.legitimacy.weights },
      threshold: scenario.legitimacy.threshold,
      consequence: lostPoints ?? 0,
      consequenceDescription: lost && lostPoints !== undefined ? lost.description : null,
    },
    noDeal: noDeal && noDealPoints !== undefined ? { points: noDealPoints, description: noDeal.description } : null,
  };
}

/** `party`'s own scoring in `scenario` (cached; do not mutate). Throws nothing: an unknown party gets no rules. */
export function ownScoringFor(scenario: Scenario, party: PartyId): OwnScoring {
  let byParty = cache.get(scenario);
  if (!byParty) {
    byParty = new Map();
    cache.set(scenario, byParty);
  }
  let hit = byParty.get(party);
  if (!hit) {
    hit = build(scenario, party);
    byParty.set(party, hit);
  }
  return hit;
}
