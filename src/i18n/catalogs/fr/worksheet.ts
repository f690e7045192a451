/** La fiche de préparation comparée au jeu (voir le catalogue anglais). */
import type { CatalogShape } from '../../catalog.ts';
import type { worksheet as english } from '../en/worksheet.ts';

export const worksheet = {
  ordinalOne: '{{n}}er',
  ordinalTwo: '{{n}}e',
  ordinalFew: '{{n}}e',
  ordinalOther: '{{n}}e',
  points_one: '{{count, number}} point',
  points_other: '{{count, number}} points',
  firstRight:
    'Vous avez placé « {{first}} » en premier ; votre grille la classe {{rank}} sur {{n}} : juste. Vous avez placé {{placed}} des {{ranked}} questions classées là où votre grille les met ; son ordre est : {{order}}.',
  firstWrong:
    'Vous avez placé « {{first}} » en premier ; votre grille la classe {{rank}} sur {{n}} (la première de votre grille est « {{top}} »). Vous avez placé {{placed}} des {{ranked}} questions classées là où votre grille les met ; son ordre est : {{order}}.',
  noPriorities: 'Vous n’avez pas classé vos priorités.',
  reservationBelow:
    'Votre point de réserve était de {{r}}, en dessous de votre solution de rechange de {{batna}} : vous étiez prêt à accepter moins que ce que vous donne l’absence d’accord.',
  reservationExact: 'Votre point de réserve était de {{r}}, exactement votre solution de rechange de {{batna}}.',
  reservationAbove:
    'Votre point de réserve était de {{r}}, soit {{diff}} au-dessus de votre solution de rechange de {{batna}}.',
  backedAbove:
    'Le texte qui vous rapportait le moins parmi ceux que vous avez proposés ou soutenus (tour {{round}}) vous donnait {{points}} : {{diff}} au-dessus de votre point de réserve.',
  backedBelow:
    'Le texte qui vous rapportait le moins parmi ceux que vous avez proposés ou soutenus (tour {{round}}) vous donnait {{points}} : {{diff}} en dessous de votre point de réserve.',
  walked: 'Vous avez quitté la table et pris votre solution de rechange ({{batna}}, après les événements).',
  walkedBound: 'Vous avez quitté la table, mais l’accord engage toutes les parties, même celles qui l’ont quittée.',
  supportedAbove:
    'Vous avez soutenu un accord qui vous rapporte {{points}} : {{diff}} au-dessus de votre point de réserve.',
  supportedBelow:
    'Vous avez soutenu un accord qui vous rapporte {{points}} : {{diff}} en dessous de votre point de réserve.',
  agreementAbove: 'L’accord vous rapporte {{points}} : {{diff}} au-dessus de votre point de réserve.',
  agreementBelow: 'L’accord vous rapporte {{points}} : {{diff}} en dessous de votre point de réserve.',
  noAgreement:
    'Il n’y a pas eu d’accord : vous avez obtenu votre solution de rechange, {{batna}} après les événements.',
  noReservation: 'Vous n’avez pas fixé de point de réserve.',
  otherRight:
    'Vous avez désigné « {{issue}} » comme la priorité de la partie {{party}} ; sa vraie grille la classe {{rank}} sur {{n}}.',
  otherWrong:
    'Vous avez désigné « {{issue}} » comme la priorité de la partie {{party}} ; sa vraie grille la classe {{rank}} sur {{n}} (sa première est « {{top}} »).',
  sentDuringPlay:
    'Vous avez envoyé cette fiche au tour {{round}}, après le premier coup de votre partie : elle a pu tirer parti de ce que vous aviez vu du jeu.',
  guessed:
    'La délégation de la partie {{party}} pensait que « {{issue}} » comptait le plus pour vous ; votre grille la classe {{rank}} sur {{n}}.',
} as const satisfies CatalogShape<typeof english>;
