import type { CatalogShape } from '../../catalog.ts';
import type { bots as english } from '../en/bots.ts';

export const bots = {
  strategy: {
    adaptive:
      'modélise les autres parties d’après leurs coups et échange des concessions entre questions pour un accord plus large',
    boulware: 'tient bon et ne cède qu’à l’approche de l’échéance',
    conceder: 'cède du terrain tôt',
    linear: 'cède à un rythme régulier',
    principled: 's’ancre sur l’accord équitable (de Nash) qu’elle estime d’après les coups des autres parties',
    'tit-for-tat': 'cède autant que les autres parties lui ont cédé',
  },
  concedesNeeded_one:
    'cède sur « {{issue}} » (son texte lui vaut {{points, points(useGrouping: false)}}, MESORE {{batna, number(useGrouping: false)}}) : le temps presse et la partie {{parties}} doit donner son accord',
  concedesNeeded_other:
    'cède sur « {{issue}} » (son texte lui vaut {{points, points(useGrouping: false)}}, MESORE {{batna, number(useGrouping: false)}}) : le temps presse et les parties {{parties}} doivent donner leur accord',
  concedesEndgame:
    'cède sur « {{issue}} » (son texte lui vaut {{points, points(useGrouping: false)}}, MESORE {{batna, number(useGrouping: false)}}) : le temps presse et le texte doit rallier des soutiens',
  concedesAim:
    'cède sur « {{issue}} » (son texte lui vaut {{points, points(useGrouping: false)}}, MESORE {{batna, number(useGrouping: false)}}) : son objectif baisse avec le temps ({{strategy}} : {{summary}})',
  tablesUnderBatna:
    'dépose un texte qui lui vaut {{points, points(useGrouping: false)}} : le texte sur la table lui donnait {{table, number(useGrouping: false)}}, sous sa MESORE ({{batna, number(useGrouping: false)}})',
  amendsUnderBatna:
    'amende « {{issue}} », pour un texte qui lui vaut {{points, points(useGrouping: false)}} : le texte sur la table lui donnait {{table, number(useGrouping: false)}}, sous sa MESORE ({{batna, number(useGrouping: false)}})',
  tablesNearAim:
    'dépose un texte qui lui vaut {{points, points(useGrouping: false)}}, proche de son objectif actuel ({{aim, number(useGrouping: false)}} ; MESORE {{batna, number(useGrouping: false)}})',
  amendsNearAim:
    'amende « {{issue}} », pour un texte qui lui vaut {{points, points(useGrouping: false)}}, proche de son objectif actuel ({{aim, number(useGrouping: false)}} ; MESORE {{batna, number(useGrouping: false)}})',
  tables: 'dépose un texte',
  amends: 'amende « {{issue}} »',
  leavesNothingBeats:
    'quitte la table : rien sur sa grille ne peut battre sa MESORE ({{batna, points(useGrouping: false)}})',
  leavesToStop:
    'quitte la table : le texte que les autres s’apprêtent à adopter lui donne {{table, number(useGrouping: false)}}, sous sa MESORE ({{batna, number(useGrouping: false)}}), et la règle ne peut l’adopter sans elle',
  leavesUnbound:
    'quitte la table : le texte que les autres peuvent adopter lui donne {{table, number(useGrouping: false)}}, sous sa MESORE ({{batna, number(useGrouping: false)}}), et l’accord ne lie que les parties présentes quand il est adopté : une fois partie, elle garde sa MESORE',
  leavesRedLine:
    'quitte la table : le texte que les autres peuvent adopter franchit sa ligne rouge ({{issue}} : {{option}}), et l’accord ne lie que les parties présentes quand il est adopté',
  supports:
    'soutient : le texte lui donne {{table, points(useGrouping: false)}}, au-dessus de sa MESORE ({{batna, number(useGrouping: false)}})',
  supportsEndgame:
    'soutient : le texte lui donne {{table, points(useGrouping: false)}}, au-dessus de sa MESORE ({{batna, number(useGrouping: false)}}), et le temps presse',
  supportsAtBatna:
    'soutient : le texte lui donne {{table, points(useGrouping: false)}}, exactement sa MESORE, et son soutien conclut l’accord',
  supportsAtBatnaLastRound:
    'soutient : le texte lui donne {{table, points(useGrouping: false)}}, exactement sa MESORE ; au dernier tour, un accord ne lui coûte rien par rapport à l’absence d’accord, et un nouveau texte serait rarement adopté',
  supportsAtBatnaTwoRounds:
    'soutient : le texte lui donne {{table, points(useGrouping: false)}}, exactement sa MESORE ; en deux tours, le suivant risque d’être trop tard, et d’autres le soutiennent déjà',
  callsVote:
    'met le texte aux voix : il lui donne {{table, points(useGrouping: false)}}, au-dessus de sa MESORE ({{batna, number(useGrouping: false)}}), et un vote pourrait l’adopter',
  objectsUnderBatna:
    's’oppose : le texte lui donne {{table, points(useGrouping: false)}}, sous sa MESORE ({{batna, number(useGrouping: false)}})',
  objectsShortOfAim:
    's’oppose : le texte lui donne {{table, points(useGrouping: false)}}, moins que son objectif actuel',
  objectsWorstOnTopIssue:
    's’oppose : le texte lui donne {{table, points(useGrouping: false)}}, mais retient sa pire option sur la question qui compte le plus pour elle ({{issue}} : {{option}})',
  waitsNothingOnTable: 'attend : rien sur la table à quoi répondre',
  waitsSupports: 'attend : elle soutient déjà le texte',
  waitsRallying:
    'attend : le texte lui donne {{table, points(useGrouping: false)}}, au-dessus de sa MESORE, et d’autres s’y rallient',
  waitsQuiet:
    'attend : le texte lui donne {{table, points(useGrouping: false)}}, moins que son objectif actuel, mais l’accord ne dépend pas d’elle et il est encore tôt dans la négociation : elle garde son objection pour elle pour l’instant',
  waitsNoTime: 'attend : un nouveau texte ne pourrait pas rallier assez de soutiens dans les tours restants',
  presentsToAll: 'présente « {{evidence}} » à toutes les parties : l’élément plaide pour des options qu’elle valorise',
  showsPrivately:
    'montre « {{evidence}} » en privé à la partie {{party}} : un élément fragile convainc mieux là où une contestation est peu probable',
  challenges:
    'conteste « {{evidence}} » (défaut invoqué : {{flaw}}) : l’élément va contre ses intérêts et semble présenter ce défaut',
  offersCoalition: 'propose une coalition à la partie {{party}} : leurs souhaits semblent rejoindre les siens',
  joinsCoalition: 'rejoint la coalition de la partie {{party}} : leurs souhaits semblent rejoindre les siens',
  leavesCoalition: 'quitte sa coalition : un partenaire s’est révélé vouloir l’inverse',
  writesPrivately: 'écrit en privé à la partie {{party}}',
  tablesAgain_one:
    'redépose le texte {{version}} : la partie {{parties}}, qui parle après elle, a dit pouvoir accepter ce texte',
  tablesAgain_other:
    'redépose le texte {{version}} : les parties {{parties}}, qui parlent après elle, ont dit pouvoir accepter ce texte',
  tablesAgainAuthor: 'redépose le texte {{version}} : la partie {{party}}, qui parle après elle, a déposé ce texte',
  andTabledIt: '{{reason}}, et la partie {{party}} l’a déposé',
  livesWith_one:
    'nomme le seul texte déposé qui ne franchit aucune de ses lignes rouges et lui donne au moins sa MESORE ({{batna, number(useGrouping: false)}})',
  livesWith_other:
    'nomme les {{count}} textes déposés qui ne franchissent aucune de ses lignes rouges et lui donnent au moins sa MESORE ({{batna, number(useGrouping: false)}})',
  livesWithNone:
    'dit qu’aucun texte déposé ne lui donne sa MESORE ({{batna, number(useGrouping: false)}}) dans le respect de ses lignes rouges',
} as const satisfies CatalogShape<typeof english>;
