/**
 * A trainee's preparation worksheet against play (src/authoring/worksheetComparison.ts): shown in
 * the single-device debrief, on the trainee's own device once a class's table is over, and in the
 * instructor's console. Ordinals are the worksheet's ranks ("3rd of 6"), by the language's ordinal
 * plural rules (i18n/ordinal.ts).
 */
export const worksheet = {
  ordinalOne: '{{n}}st',
  ordinalTwo: '{{n}}nd',
  ordinalFew: '{{n}}rd',
  ordinalOther: '{{n}}th',
  points_one: '{{count, number}} point',
  points_other: '{{count, number}} points',
  firstRight:
    'You put {{first}} first; your sheet ranks it {{rank}} of {{n}}: right. You placed {{placed}} of {{ranked}} ranked issues where your sheet has them; its order is {{order}}.',
  firstWrong:
    'You put {{first}} first; your sheet ranks it {{rank}} of {{n}} (your sheet’s first is {{top}}). You placed {{placed}} of {{ranked}} ranked issues where your sheet has them; its order is {{order}}.',
  noPriorities: 'You did not rank your priorities.',
  reservationBelow:
    'Your reservation point was {{r}}, below your BATNA of {{batna}}: you were ready to accept less than no deal gives you.',
  reservationExact: 'Your reservation point was {{r}}, exactly your BATNA of {{batna}}.',
  reservationAbove: 'Your reservation point was {{r}}, {{diff}} above your BATNA of {{batna}}.',
  backedAbove:
    'The text worth least to you that you proposed or supported (round {{round}}) gave you {{points}}: {{diff}} above your reservation point.',
  backedBelow:
    'The text worth least to you that you proposed or supported (round {{round}}) gave you {{points}}: {{diff}} below your reservation point.',
  walked: 'You walked away and took your BATNA ({{batna}} as events left it).',
  walkedBound: 'You walked away, but the agreement binds every party, those who left included.',
  supportedAbove: 'You supported an agreement worth {{points}} to you: {{diff}} above your reservation point.',
  supportedBelow: 'You supported an agreement worth {{points}} to you: {{diff}} below your reservation point.',
  agreementAbove: 'The agreement worth {{points}} to you: {{diff}} above your reservation point.',
  agreementBelow: 'The agreement worth {{points}} to you: {{diff}} below your reservation point.',
  noAgreement: 'There was no agreement: you got your BATNA, {{batna}} as events left it.',
  noReservation: 'You did not set a reservation point.',
  otherRight: 'You picked {{issue}} as the top priority of {{party}}; its real sheet ranks it {{rank}} of {{n}}.',
  otherWrong:
    'You picked {{issue}} as the top priority of {{party}}; its real sheet ranks it {{rank}} of {{n}} (its top is {{top}}).',
  sentDuringPlay:
    'You sent this worksheet in round {{round}}, after your party’s first move: it may draw on what you had seen of play.',
  guessed: 'The delegate of {{party}} thought you cared most about {{issue}}; your sheet ranks it {{rank}} of {{n}}.',
} as const;
