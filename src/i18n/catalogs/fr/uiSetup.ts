import type { CatalogShape } from '../../catalog.ts';
import type { uiSetup as english } from '../en/uiSetup.ts';

export const uiSetup = {
  paces: { slow: 'Lent (discussion en classe)', normal: 'Normal', fast: 'Rapide' },
  difficulties: { easy: 'facile', normal: 'normal', hard: 'difficile' },
  noChoice: 'Aucun scénario choisi.',
  whoPlays: 'Qui joue {{party}}',
  aPerson: 'Une personne',
  theComputer: 'L’ordinateur',
  playerNameFor: 'Nom du joueur pour {{party}}',
  player: 'Joueur {{n}}',
  strategyFor: 'Stratégie de l’ordinateur pour {{party}}',
  difficultyFor: 'Difficulté de l’ordinateur pour {{party}}',
  pace: 'Rythme des joueurs ordinateur',
  paceLabel: 'Rythme des joueurs ordinateur : ',
  seedLabel: 'Graine (la même graine et les mêmes coups donnent la même partie)',
  seed: 'Graine : ',
  heading: 'Préparation : {{title}}',
  intro:
    'Choisissez qui joue chaque partie. Plusieurs personnes peuvent partager cet appareil : chacune lit à son tour ses instructions confidentielles.',
  start: 'Commencer la négociation',
  startBottom: 'Commencer la négociation (bas du formulaire)',
  party: 'Partie',
  playedBy: 'Jouée par',
  settings: 'Nom ou réglages de l’ordinateur',
  strategiesTitle: 'Comment négocient les joueurs ordinateur',
  keyShortcuts:
    ' Raccourcis d’une seule touche dans la salle (P : mettre en pause les joueurs ordinateur, S : avancer)',
  projector:
    ' Mode projecteur (grand texte, 16:9 ; les panneaux privés restent cachés pendant que la salle regarde les ordinateurs)',
  back: 'Retour à la bibliothèque',
  strategies: {
    adaptive:
      'Adaptative : devine à partir des coups des autres ce qui leur importe et échange des questions ; tient bon tant que des textes trouvent des soutiens, cède quand aucun n’en trouve.',
    boulware: 'Boulware : tient à presque tout ce qu’elle veut et ne cède qu’à l’approche de l’échéance.',
    linear: 'Linéaire : renonce chaque tour à un peu de ce qu’elle veut, régulièrement, jusqu’à l’échéance.',
    conceder: 'Conciliante : cède tôt et vite, pressée de conclure.',
    'tit-for-tat': 'Donnant-donnant : cède quand les autres cèdent et se durcit quand ils se durcissent.',
    principled:
      'Raisonnée : s’ancre sur l’accord qu’elle juge équitable pour tous (le point de Nash qu’elle estime à partir des coups publics) et ne bouge que lorsque son image des autres change.',
  },
  strategyNames: {
    adaptive: 'adaptative',
    boulware: 'boulware',
    linear: 'linéaire',
    conceder: 'conciliante',
    'tit-for-tat': 'donnant-donnant',
    principled: 'raisonnée',
  },
  unknownStrategy: '{{name}} : un négociateur informatique qui a sa propre façon de marchander.',
  background: 'Contexte : {{title}}',
  everyone: 'Tout le monde peut lire cette page ensemble.',
  theParties: 'Les parties',
  partyLine: ' ({{player}}) — {{description}}',
  theIssues: 'Les questions',
  howAgreement: 'Comment se conclut un accord',
  continue: 'Continuer',
  confidentialBrief: 'Instructions confidentielles',
  yourTurn: 'Tour {{round}} : à vous de jouer',
  theirTurn: 'Tour {{round}} : au tour de la partie {{party}}',
  aloneBrief:
    'Vos instructions sont confidentielles : affichez-les lorsque personne d’autre que vous et votre équipe ne voit l’écran.',
  alonePanel:
    'Votre panneau privé est confidentiel : affichez-le lorsque personne d’autre que vous et votre équipe ne voit l’écran.',
  passTo: 'Passez l’appareil à la délégation de la partie {{party}}. Continuez lorsqu’elle seule voit l’écran.',
  passToPlayer:
    'Passez l’appareil à la délégation de la partie {{party}} ({{player}}). Continuez lorsqu’elle seule voit l’écran.',
  showBrief: 'Afficher les instructions de la partie {{party}}',
  showScreen: 'Afficher l’écran de la partie {{party}}',
  notUnlocked: 'Ces instructions ne sont pas déverrouillées.',
  briefHeading: '{{party}} : vos instructions confidentielles',
  onlyYou: 'Vous seul devez voir cette page. Lisez-la en deux minutes environ.',
  sheet: 'Votre grille de points',
  sheetHelp:
    'Les points que vous marquez pour chaque option si elle figure dans l’accord final. Votre meilleure option sur chaque question est mise en évidence.',
  elseChanges: 'Ce qui modifie encore vos points',
  elseHelp:
    'Les bonus et pénalités qui s’ajoutent à votre grille lorsque l’accord final (ou l’absence d’accord) se présente ainsi.',
  readBrief: 'J’ai lu mes instructions',
} as const satisfies CatalogShape<typeof english>;
