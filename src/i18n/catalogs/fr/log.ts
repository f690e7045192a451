import type { CatalogShape } from '../../catalog.ts';
import type { log as english } from '../en/log.ts';

/**
 * A party's name may be masculine or feminine, singular or plural, and the scenario does not say:
 * every sentence makes "la partie « X »" (or "les parties") its subject or object, so verbs and
 * participles agree with "partie" whatever the name. Espace fine insécable (U+202F) before « : ; ! ? »
 * and inside the guillemets.
 */
export const log = {
  party: '« {{name}} »',
  textOnTable: 'le texte sur la table (version {{version}})',
  choice: '{{issue}} — {{option}}',
  choiceSeparator: ' ; ',
  roundBegins: 'Début du tour {{round}} sur {{last}}.',
  proposed: 'La partie {{party}} a proposé un texte : {{text}}.',
  amended: 'La partie {{party}} a amendé le texte sur la table : {{choice}} (désormais version {{version}}).',
  supported: 'La partie {{party}} a soutenu le texte sur la table (version {{version}}).',
  objected: 'La partie {{party}} s’est opposée au texte sur la table (version {{version}}).',
  voteAdopted:
    'La partie {{party}} a mis aux voix le texte sur la table (version {{version}}) — pour : {{for}}, contre : {{against}}, abstentions : {{abstained}} ; texte adopté.',
  voteRejected:
    'La partie {{party}} a mis aux voix le texte sur la table (version {{version}}) — pour : {{for}}, contre : {{against}}, abstentions : {{abstained}} ; texte rejeté.',
  walkedAway: 'La partie {{party}} a quitté la table.',
  passed: 'La partie {{party}} a passé son tour.',
  livesWith_one:
    'La partie {{party}} a dit pouvoir accepter le texte {{versions}}, sur les {{tabled}} déposés jusqu’ici.',
  livesWith_other:
    'La partie {{party}} a dit pouvoir accepter les textes {{versions}}, sur les {{tabled}} déposés jusqu’ici.',
  livesWithNone_one: 'La partie {{party}} a dit ne pas pouvoir accepter le seul texte déposé jusqu’ici.',
  livesWithNone_other: 'La partie {{party}} a dit ne pouvoir accepter aucun des {{count}} textes déposés jusqu’ici.',
  agreement_one:
    'Accord au tour {{round}} sur le texte sur la table (version {{version}}), soutenu par la partie {{parties}}.',
  agreement_other:
    'Accord au tour {{round}} sur le texte sur la table (version {{version}}), soutenu par les parties {{parties}}.',
  noDeal: 'Pas d’accord : {{reason}}',
  why: {
    requiredWalkedAway: 'la partie {{party}}, dont le consentement est requis, a quitté la table.',
    fewerThanTwo: 'il reste moins de deux parties à la table.',
    cannotCarry:
      'après le départ de la partie {{party}}, même l’ensemble des parties restées à la table ne pourrait plus faire adopter un texte selon la règle d’accord.',
    nobodyInTurnOrder: 'aucune partie de l’ordre de parole n’est encore à la table.',
    deadline: 'l’échéance est passée après le tour {{round}} sans accord.',
    eventEnded: 'l’événement « {{event}} » a mis fin à la négociation.',
    facilitatorEnded: 'le formateur a mis fin à la négociation.',
  },
  coalitionOffered: 'La partie {{party}} a proposé une coalition à la partie {{to}}.',
  coalitionAccepted_one:
    'La partie {{party}} a accepté l’offre de la partie {{from}} : une coalition de la partie {{parties}}.',
  coalitionAccepted_other:
    'La partie {{party}} a accepté l’offre de la partie {{from}} : une coalition des parties {{parties}}.',
  coalitionLeft_one: 'La partie {{party}} a quitté la coalition qu’elle formait avec la partie {{parties}}.',
  coalitionLeft_other: 'La partie {{party}} a quitté la coalition qu’elle formait avec les parties {{parties}}.',
  presentedToAll: 'La partie {{party}} a présenté « {{evidence}} » ({{source}}) à toutes les parties.',
  presentedTo: 'La partie {{party}} a présenté « {{evidence}} » ({{source}}) à la partie {{to}}.',
  challengeExposed:
    'La partie {{party}} a contesté « {{evidence}} » (défaut invoqué : {{flaw}}) : le défaut est réel et l’élément de preuve n’a pas résisté ; la partie {{presenter}} a perdu en crédibilité.',
  challengeContested:
    'La partie {{party}} a contesté « {{evidence}} » (défaut invoqué : {{flaw}}) : le défaut est réel mais l’élément de preuve tient, fragilisé ; la partie {{presenter}} a perdu un peu de crédibilité.',
  challengeUpheld:
    'La partie {{party}} a contesté « {{evidence}} » (défaut invoqué : {{flaw}}) : l’élément de preuve ne présente pas ce défaut ; la partie {{party}} a perdu en crédibilité.',
  flaw: {
    'self-selected-sample': 'échantillon auto-sélectionné',
    'small-sample': 'échantillon trop petit',
    'no-method-stated': 'absence de méthode indiquée',
    'conflict-of-interest': 'conflit d’intérêts',
    'out-of-date': 'données périmées',
    'not-peer-reviewed': 'absence d’évaluation par les pairs',
    anecdotal: 'caractère anecdotique — des cas, pas des données',
    unverifiable: 'sources invérifiables — fuites, sources secrètes ou anonymes',
    selective: 'sélectivité — cas ou chiffres triés sur le volet',
    'not-representative': 'manque de représentativité pour le cas considéré',
  },
  event: '{{title}} : {{announcement}}',
  stancesReopened:
    'Après l’événement « {{event}} », la position de chaque partie sur le texte sur la table est de nouveau ouverte.',
  optionAdded: 'Une nouvelle option est sur la table pour « {{issue}} » : {{option}}.',
  lastOptionStays:
    'L’événement « {{event}} » supprimerait la dernière option de « {{issue}} » ; elle reste sur la table.',
  optionWithdrawn: 'L’option « {{option}} » n’est plus possible pour « {{issue}} ».',
  textFalls: 'Le texte sur la table retenait cette option : il tombe, une nouvelle proposition est nécessaire.',
  redLine_one: 'La partie {{parties}} s’oppose d’emblée au texte : il franchit l’une de ses lignes rouges.',
  redLine_other: 'Les parties {{parties}} s’opposent d’emblée au texte : il franchit leurs lignes rouges.',
  facilitator: {
    paused: 'Le formateur a suspendu la séance : aucune action jusqu’à la reprise.',
    resumed: 'Le formateur a repris la séance.',
    extended:
      'Le formateur a prolongé la négociation d’un tour : les discussions se terminent désormais après le tour {{round}}.',
    firedEvent: 'Le formateur a avancé l’événement « {{event}} » : il a lieu maintenant.',
    handedOver: 'Le formateur a confié le siège de la partie {{party}} à un négociateur informatique.',
    ended: 'Le formateur a mis fin à la négociation.',
  },
} as const satisfies CatalogShape<typeof english>;
