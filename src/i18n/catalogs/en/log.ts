/**
 * The sentences of the move log (engine/narrate.ts and the engine's moves). Moves are told in the
 * past tense: a party's name may be singular or plural, and English past-tense verbs agree with
 * neither. `party` is how a name stands in a sentence; lists of names take `count` (the number of
 * names) so languages that need it can agree.
 */
export const log = {
  party: '{{name}}',
  textOnTable: 'the text on the table (version {{version}})',
  choice: '{{issue}} — {{option}}',
  choiceSeparator: '; ',
  roundBegins: 'Round {{round}} of {{last}} begins.',
  proposed: '{{party}} proposed: {{text}}.',
  amended: '{{party}} amended the text on the table: {{choice}} (now version {{version}}).',
  supported: '{{party}} supported the text on the table (version {{version}}).',
  objected: '{{party}} objected to the text on the table (version {{version}}).',
  voteAdopted:
    '{{party}} called a vote on the text on the table (version {{version}}): {{for}} for, {{against}} against, {{abstained}} abstaining; adopted.',
  voteRejected:
    '{{party}} called a vote on the text on the table (version {{version}}): {{for}} for, {{against}} against, {{abstained}} abstaining; rejected.',
  walkedAway: '{{party}} walked away from the table.',
  passed: '{{party}} passed.',
  /** A tour-de-table statement: `count` texts named of the `tabled` tabled so far. */
  livesWith_one: '{{party}} said it could live with text {{versions}} of the {{tabled}} tabled so far.',
  livesWith_other: '{{party}} said it could live with texts {{versions}} of the {{tabled}} tabled so far.',
  livesWithNone_one: '{{party}} said it could not live with the one text tabled so far.',
  livesWithNone_other: '{{party}} said it could live with none of the {{count}} texts tabled so far.',
  agreement_one:
    'Agreement in round {{round}} on the text on the table (version {{version}}), supported by {{parties}}.',
  agreement_other:
    'Agreement in round {{round}} on the text on the table (version {{version}}), supported by {{parties}}.',
  noDeal: 'No deal: {{reason}}',
  /** Why a game ended without a deal: the `reason` of `noDeal` (and of the outcome). */
  why: {
    requiredWalkedAway: '{{party}}, whose consent is required, walked away.',
    fewerThanTwo: 'fewer than two parties remain at the table.',
    cannotCarry:
      'after {{party}} walked away, even every party left at the table together could not carry a text under the agreement rule.',
    nobodyInTurnOrder: 'nobody in the turn order is still at the table.',
    deadline: 'the deadline passed after round {{round}} without an agreement.',
    eventEnded: '{{event}} ended the negotiation.',
    facilitatorEnded: 'the facilitator ended the negotiation.',
  },
  coalitionOffered: '{{party}} offered {{to}} a coalition.',
  coalitionAccepted_one: '{{party}} accepted the offer of {{from}}: a coalition of {{parties}}.',
  coalitionAccepted_other: '{{party}} accepted the offer of {{from}}: a coalition of {{parties}}.',
  coalitionLeft_one: '{{party}} left the coalition with {{parties}}.',
  coalitionLeft_other: '{{party}} left the coalition with {{parties}}.',
  presentedToAll: '{{party}} presented "{{evidence}}" ({{source}}) to everyone.',
  presentedTo: '{{party}} presented "{{evidence}}" ({{source}}) to {{to}}.',
  challengeExposed:
    '{{party}} challenged "{{evidence}}" as {{flaw}}: the flaw is real and the evidence did not hold up; {{presenter}} lost credibility.',
  challengeContested:
    '{{party}} challenged "{{evidence}}" as {{flaw}}: the flaw is real but the evidence stands, shaken; {{presenter}} lost a little credibility.',
  challengeUpheld:
    '{{party}} challenged "{{evidence}}" as {{flaw}}: the evidence has no such flaw; {{party}} lost credibility.',
  /** The flaws a challenge can name (scenario/flaws.ts), as players read them. */
  flaw: {
    'self-selected-sample': 'self-selected sample',
    'small-sample': 'small sample',
    'no-method-stated': 'no method stated',
    'conflict-of-interest': 'conflict of interest',
    'out-of-date': 'out of date',
    'not-peer-reviewed': 'not peer reviewed',
    anecdotal: 'anecdotal (cases, not data)',
    unverifiable: 'unverifiable (leaked, secret or unnamed sources)',
    selective: 'selective (cherry-picked cases or figures)',
    'not-representative': 'not representative of the case at hand',
  },
  event: '{{title}}: {{announcement}}',
  stancesReopened: 'After {{event}}, every party’s position on the text on the table is open again.',
  optionAdded: 'A new option is on the table for {{issue}}: {{option}}.',
  lastOptionStays: '{{event}} would remove the last option of {{issue}}; it stays on the table.',
  optionWithdrawn: '{{option}} is no longer possible on {{issue}}.',
  textFalls: 'The text on the table used that option, so it falls: a new proposal is needed.',
  redLine_one: '{{parties}} objects to the text at once: it crosses a red line.',
  redLine_other: '{{parties}} object to the text at once: it crosses their red lines.',
  facilitator: {
    paused: 'The facilitator paused the table: no moves until play resumes.',
    resumed: 'The facilitator resumed play.',
    extended: 'The facilitator extended the deadline by a round: the talks now end after round {{round}}.',
    firedEvent: 'The facilitator brought “{{event}}” forward: it happens now.',
    handedOver: 'The facilitator handed the seat of {{party}} to a computer negotiator.',
    ended: 'The facilitator ended the negotiation.',
  },
} as const;
