import type { CatalogShape } from '../../catalog.ts';
import type { classHour as english } from '../en/classHour.ts';

/** Why the server refuses a worksheet or a reflection, in French (parties named « X »). */
export const classHour = {
  worksheetShape: 'Envoyez la fiche de préparation sous la forme { "party": …, "answers": … }.',
  reflectionShape: 'Envoyez la réflexion de sortie sous la forme { "party": …, "answers": … }.',
  worksheetOtherSeat:
    'Cette fiche de préparation est celle de la partie « {{theirs}} », mais votre siège est celui de la partie « {{own}} » : chaque participant n’envoie que la sienne.',
  reflectionOtherSeat:
    'Cette réflexion de sortie est celle de la partie « {{theirs}} », mais votre siège est celui de la partie « {{own}} » : chaque participant n’envoie que la sienne.',
  worksheetOwnParty: 'La fiche de préparation doit nommer votre propre partie (« {{own}} »).',
  reflectionOwnParty: 'La réflexion de sortie doit nommer votre propre partie (« {{own}} »).',
  worksheetAnswers: 'Le champ « answers » de la fiche de préparation est un objet.',
  batnaText: 'La fiche de préparation demande votre MESORE dans vos propres mots (du texte, éventuellement vide).',
  batnaLong:
    'Votre MESORE dans vos mots est trop longue ({{length}} caractères) : {{max}} au plus. Raccourcissez-la et renvoyez-la.',
  priorities:
    'Les priorités de la fiche de préparation sont des questions de ce scénario, la plus importante en premier.',
  priorityTwice: 'Une question figure deux fois dans vos priorités.',
  reservation: 'Le point de réserve est un nombre de points, ou reste vide.',
  othersWant: 'Le champ « othersWant » de la fiche de préparation associe chaque autre partie à une question.',
  notOtherParty: '« {{party}} » n’est pas une autre partie de ce scénario.',
  otherWantsIssue: 'Ce que veut la partie « {{party}} » doit être l’une des questions du scénario.',
  worksheetQuestions:
    'Le champ « answers » de la fiche de préparation associe des identifiants de question à du texte.',
  worksheetNoQuestion: 'La fiche de préparation ne comporte pas de question « {{id}} ».',
  answerText: 'La réponse à « {{prompt}} » est du texte.',
  answerLong:
    'La réponse à « {{prompt}} » est trop longue ({{length}} caractères) : {{max}} au plus. Raccourcissez-la et renvoyez-la.',
  noReflection: 'Ce scénario ne comporte pas de réflexion de sortie.',
  reflectionAnswers:
    'Le champ « answers » de la réflexion de sortie associe des identifiants de question à des réponses.',
  reflectionNoQuestion: 'La réflexion de sortie ne comporte pas de question « {{id}} ».',
  notAChoice: '« {{answer}} » ne fait pas partie des réponses proposées à « {{prompt}} ».',
  worksheetSeatOnly: 'Seul le siège d’un participant envoie une fiche de préparation.',
  reflectionSeatOnly: 'Seul le siège d’un participant envoie une réflexion de sortie.',
  notInClass:
    'Cette table ne fait pas partie d’une classe : le formateur recueille les fiches de préparation et les réflexions de sortie dans une classe.',
  notClassTrainee: 'Seul un participant de cette classe, à son siège, peut envoyer ceci.',
  worksheetAfterPlay: 'La table est terminée : la fiche de préparation s’envoie jusqu’à la fin de la table.',
  worksheetKeptBefore:
    'Votre fiche a été gardée avant le premier coup de la partie « {{party}} » : elle reste telle que vous l’avez envoyée, pour que le bilan la compare avec le jeu.',
  reflectionNotYet: 'La réflexion de sortie s’ouvre quand votre table est terminée.',
  notStored: 'Le serveur n’a pas pu garder vos réponses ({{why}}) : renvoyez-les dans un instant.',
} as const satisfies CatalogShape<typeof english>;
