import type { CatalogShape } from '../../catalog.ts';
import type { uiBrief as english } from '../en/uiBrief.ts';

export const uiBrief = {
  scoring: {
    never: 'jamais',
    always: 'toujours',
    legitimacyBetween: 'la légitimité publique de l’accord est comprise entre {{lo}} et {{hi}}',
    legitimacyAtLeast: 'la légitimité publique de l’accord est d’au moins {{lo}}',
    legitimacyAtMost: 'la légitimité publique de l’accord est d’au plus {{hi}}',
    legitimacyOutside: 'la légitimité publique de l’accord est inférieure à {{lo}} ou supérieure à {{hi}}',
    legitimacyUnder: 'la légitimité publique de l’accord est inférieure à {{lo}}',
    legitimacyOver: 'la légitimité publique de l’accord est supérieure à {{hi}}',
    roundIs: 'l’accord est conclu au tour {{lo}}',
    roundBetween: 'l’accord est conclu entre les tours {{lo}} et {{hi}}',
    roundOrLater: 'l’accord est conclu au tour {{lo}} ou plus tard',
    roundOrEarlier: 'l’accord est conclu au tour {{hi}} ou plus tôt',
    roundOutside: 'l’accord est conclu au tour {{before}} ou plus tôt, ou au tour {{after}} ou plus tard',
    is: '{{issue}} est {{option}}',
    isNot: '{{issue}} n’est pas {{option}}',
    isOneOf: '{{issue}} est {{options}}',
    isNeither: '{{issue}} n’est ni {{first}} ni {{second}}',
    isNoneOf: '{{issue}} n’est aucune des options {{options}}',
    quoted: '« {{title}} »',
    unseenEvidence: 'un élément de preuve que vous n’avez pas encore vu',
    presented: '{{what}} a été présenté',
    notPresented: '{{what}} n’a pas été présenté',
    stillAtTable: 'la partie {{party}} est toujours à la table',
    walkedAway: 'la partie {{party}} a quitté la table',
    rule: '{{points}} si {{condition}}',
    noLicence:
      '{{points}} si la légitimité publique de l’accord est inférieure à {{threshold}} (pas d’acceptabilité sociale)',
    noLicenceFree:
      'Un accord dont la légitimité publique est inférieure à {{threshold}} n’a pas d’acceptabilité sociale ; cela ne vous coûte aucun point',
    noDeal: '{{points}} en plus de votre solution de rechange s’il n’y a pas d’accord après le tour {{rounds}}',
    noDealBatna: 'Pas d’accord après le tour {{rounds}} : vous obtenez votre solution de rechange, rien de plus',
    lineWithDetail: '{{head}} : {{detail}}',
    lineAlone: '{{head}}.',
    headSeparator: ' : ',
  },
  worksheet: {
    choose: '— choisir —',
    notSure: '— je ne sais pas —',
    title: 'Fiche de préparation',
    intro:
      'Écrivez avant de parler. Votre fiche est conservée avec la partie ; le bilan la compare avec ce que vous avez fait et avec les vraies grilles des autres.',
    batna: '1. Votre solution de rechange (MESORE) avec vos mots : que vous arrive-t-il s’il n’y a pas d’accord ?',
    priorities: '2. Vos priorités, la plus importante d’abord',
    reservation: '3. Votre point de réserve : le moins de points que vous accepteriez dans un accord',
    reservationHint: 'Ce n’est pas forcément votre solution de rechange : c’est la limite que vous vous fixez.',
    others: '4. Que veulent les autres ? La question qui compte le plus pour chacun',
    question: '{{n}}. {{prompt}}',
  },
} as const satisfies CatalogShape<typeof english>;
