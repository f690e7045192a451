import type { CatalogShape } from '../../catalog.ts';
import type { debrief as english } from '../en/debrief.ts';

export const debrief = {
  score: {
    issue: '{{issue}} : {{option}}',
    issueNoOption: '{{issue}} : (aucune option retenue)',
    noSocialLicence:
      'Pas d’acceptabilité sociale (légitimité publique {{legitimacy, number(useGrouping: false)}}, sous le seuil de {{threshold, number(useGrouping: false)}}) : {{consequence}}',
    rounding: 'Arrondi',
    batna: 'MESORE : {{description}}',
    noDeal: 'Absence d’accord : {{description}}',
    credibility: 'Crédibilité {{value, number(useGrouping: false)}}/100 (pour un tiers)',
    noEvidence: 'Éléments de preuve : aucun présenté, 50/100 neutre (pour un tiers)',
    rigour: 'Rigueur des éléments de preuve présentés {{value, number(useGrouping: false)}}/100 (pour un tiers)',
    trust: 'Confiance que les autres vous accordent {{value, number(useGrouping: false)}}/100 (pour un tiers)',
    outcome: 'Résultat {{value, number(useGrouping: false)}}/100 × {{weight, number(useGrouping: false)}} %',
    process:
      'Conduite de la négociation {{value, number(useGrouping: false)}}/100 × {{weight, number(useGrouping: false)}} %',
  },
  collective: {
    choice: '{{issue}} : {{option}}',
    choiceSeparator: ' ; ',
    leftNoDeal_one: 'Toutes les parties comptent ici, y compris la partie {{parties}}, qui a quitté la table.',
    leftNoDeal_other: 'Toutes les parties comptent ici, y compris les parties {{parties}}, qui ont quitté la table.',
    leftBindsAll_one:
      'Toutes les parties comptent ici : la partie {{parties}} a quitté la table, mais l’accord lie toutes les parties ; elle en reçoit donc les points.',
    leftBindsAll_other:
      'Toutes les parties comptent ici : les parties {{parties}} ont quitté la table, mais l’accord lie toutes les parties ; elles en reçoivent donc les points.',
    leftBindsStayers_one:
      'Toutes les parties comptent ici : la partie {{parties}} a quitté la table et, l’accord ne liant que les parties restées, conserve sa MESORE.',
    leftBindsStayers_other:
      'Toutes les parties comptent ici : les parties {{parties}} ont quitté la table et, l’accord ne liant que les parties restées, conservent leur MESORE.',
    notAnalysed:
      'L’espace des résultats n’a pas pu être analysé en fin de partie (plus aucune option sur une question, ou des règles liant trop de questions entre elles).',
    noZone:
      'Pas de zone d’accord : aucun ensemble ne donnait à chacune des parties nécessaires à un accord plus que ce qu’elle obtenait sans accord (sa MESORE et la conséquence de l’absence d’accord) ; terminer sans accord n’a donc rien coûté que quiconque aurait pu obtenir.',
    dealExisted:
      'Un accord était possible qui donnait à chaque partie plus que ce qu’elle obtenait sans accord (sa MESORE et la conséquence de l’absence d’accord) : par exemple le point de négociation de Nash, {{package}}, qui aurait ajouté {{gain, points(useGrouping: false)}} au total.',
    coalitionCouldCarry_one:
      'Un accord était possible : la partie {{parties}} aurait pu en faire adopter un, selon la règle d’accord, qui lui donnait plus que ce qu’elle obtenait sans accord, par exemple {{package}}.',
    coalitionCouldCarry_other:
      'Un accord était possible : les parties {{parties}} auraient pu en faire adopter un, selon la règle d’accord, qui donnait à chacune plus que ce qu’elle obtenait sans accord, par exemple {{package}}.',
    feasibleCoalitions:
      '{{feasible}} des {{total}} plus petites coalitions capables de faire adopter un accord disposaient d’un tel ensemble.',
    bestForTable:
      'Le meilleur ensemble pour la table dans son ensemble aurait ajouté {{gain, points(useGrouping: false)}} au total par rapport à l’absence d’accord.',
    shareLabel:
      'Part du gain conjoint maximal : {{gain, number(useGrouping: false)}} sur {{max, points(useGrouping: false)}} par rapport à l’absence d’accord ({{share, number(useGrouping: false)}} %)',
    shareLabelNegative:
      'Part du gain conjoint maximal : {{gain, number(useGrouping: false)}} sur {{max, points(useGrouping: false)}} par rapport à l’absence d’accord ({{share, number(useGrouping: false)}} %, compté comme 0)',
    created:
      'L’accord a créé {{gain, number(useGrouping: false)}} des {{max, points(useGrouping: false)}} de gain conjoint que le meilleur ensemble pouvait ajouter par rapport à l’absence d’accord ({{share, number(useGrouping: false)}} %).',
    belowNoDeal:
      'Ensemble, les parties ont terminé {{loss, points(useGrouping: false)}} en dessous de ce que l’absence d’accord leur aurait donné, alors que le meilleur ensemble aurait pu ajouter {{max, points(useGrouping: false)}}.',
    noJointGain:
      'Aucun ensemble ne pouvait ajouter de gain conjoint par rapport à l’absence d’accord : l’efficience n’est donc pas mesurée.',
    pareto:
      'Aucun autre ensemble n’aurait laissé chaque partie au moins aussi bien lotie et l’une d’elles mieux lotie : l’accord est Pareto-efficient.',
    valueLeft:
      'De la valeur est restée sur la table : {{package}} aurait laissé chaque partie au moins aussi bien lotie et donné {{total, points(useGrouping: false)}} de plus au total ({{gains}}).',
    partyGain: '{{party}} +{{gain, number(useGrouping: false)}}',
    frontierDistance: 'Chaque partie aurait pu gagner au moins {{gain, points(useGrouping: false)}} à la fois.',
    noNash:
      'Aucun ensemble ne donnait à chaque partie plus que l’absence d’accord : il n’y a donc pas de point de négociation de Nash auquel mesurer l’équité.',
    nashLabel: 'Produit de Nash : {{share}} % de celui du point de négociation de Nash',
    nashReached:
      'Le produit des gains des parties par rapport à l’absence d’accord atteint {{share}} % de celui du point de négociation de Nash (100 % correspond au point de Nash lui-même : efficient et équilibré).',
    nashZero:
      'Toutes les parties n’ont pas gagné par rapport à l’absence d’accord : l’accord obtient donc 0 au produit de Nash.',
    worstGainedEvenGains_one:
      'La partie la moins bien lotie ({{parties}}) a gagné {{gain, points(useGrouping: false)}} par rapport à l’absence d’accord ; l’ensemble le plus égalitaire aurait donné à chaque partie au moins {{even, points(useGrouping: false)}}.',
    worstGainedEvenGains_other:
      'Les parties les moins bien loties ({{parties}}) ont gagné chacune {{gain, points(useGrouping: false)}} par rapport à l’absence d’accord ; l’ensemble le plus égalitaire aurait donné à chaque partie au moins {{even, points(useGrouping: false)}}.',
    worstGainedEvenLoses_one:
      'La partie la moins bien lotie ({{parties}}) a gagné {{gain, points(useGrouping: false)}} par rapport à l’absence d’accord ; même l’ensemble le plus égalitaire aurait laissé une partie {{even, points(useGrouping: false)}} en dessous de l’absence d’accord.',
    worstGainedEvenLoses_other:
      'Les parties les moins bien loties ({{parties}}) ont gagné chacune {{gain, points(useGrouping: false)}} par rapport à l’absence d’accord ; même l’ensemble le plus égalitaire aurait laissé une partie {{even, points(useGrouping: false)}} en dessous de l’absence d’accord.',
    worstLostEvenGains_one:
      'La partie la moins bien lotie ({{parties}}) a perdu {{gain, points(useGrouping: false)}} par rapport à l’absence d’accord ; l’ensemble le plus égalitaire aurait donné à chaque partie au moins {{even, points(useGrouping: false)}}.',
    worstLostEvenGains_other:
      'Les parties les moins bien loties ({{parties}}) ont perdu chacune {{gain, points(useGrouping: false)}} par rapport à l’absence d’accord ; l’ensemble le plus égalitaire aurait donné à chaque partie au moins {{even, points(useGrouping: false)}}.',
    worstLostEvenLoses_one:
      'La partie la moins bien lotie ({{parties}}) a perdu {{gain, points(useGrouping: false)}} par rapport à l’absence d’accord ; même l’ensemble le plus égalitaire aurait laissé une partie {{even, points(useGrouping: false)}} en dessous de l’absence d’accord.',
    worstLostEvenLoses_other:
      'Les parties les moins bien loties ({{parties}}) ont perdu chacune {{gain, points(useGrouping: false)}} par rapport à l’absence d’accord ; même l’ensemble le plus égalitaire aurait laissé une partie {{even, points(useGrouping: false)}} en dessous de l’absence d’accord.',
  },
} as const satisfies CatalogShape<typeof english>;
