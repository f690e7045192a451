import type { CatalogShape } from '../../catalog.ts';
import type { uiSeat as english } from '../en/uiSeat.ts';

export const uiSeat = {
  sendWorksheet: 'Envoyer ma fiche',
  worksheetKept: 'Votre fiche est chez le formateur : le bilan la comparera avec ce que vous avez fait.',
  worksheetDuringPlay:
    'Votre partie a joué : vous pouvez encore envoyer votre fiche jusqu’à la fin de la table, et le bilan notera qu’elle est arrivée en cours de jeu.',
  reflectionTitle: 'Réflexion de sortie',
  reflectionHelp: 'Répondez seul ; le formateur voit les réponses de la classe ensemble.',
  reflectionKept: 'Votre réflexion est enregistrée. Merci.',
  reviewTitle: 'L’analyse de votre partie',
  reviewHelp: 'Chacun de vos coups évalué au regard de ce qui était possible à ce moment-là.',
  comparisonTitle: 'Votre fiche face à ce qui s’est passé',
  comparisonHelp:
    'Ce que vous avez écrit dans votre fiche, comparé avec ce que vous avez fait et avec les vraies grilles des autres.',
} as const satisfies CatalogShape<typeof english>;
