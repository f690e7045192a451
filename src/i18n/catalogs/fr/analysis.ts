import type { CatalogShape } from '../../catalog.ts';
import type { analysis as english } from '../en/analysis.ts';

/** Les phrases de l’analyse pour le stagiaire (sous le graphique des résultats du bilan). */
export const analysis = {
  nothingLeft:
    'Rien n’est resté sur la table : aucun paquet n’aurait laissé chaque partie au moins aussi bien lotie et l’une d’elles mieux.',
  changing_one:
    'Changer une question aurait laissé chaque partie au moins aussi bien lotie et certaines mieux ({{changes}}) : {{gains}}.',
  changing_other:
    'Changer {{count}} questions aurait laissé chaque partie au moins aussi bien lotie et certaines mieux ({{changes}}) : {{gains}}.',
  mostTogether:
    'Le plus que les parties auraient pu gagner ensemble sans que personne ne perde était de {{total, points(useGrouping: false; maximumFractionDigits: 1)}} ({{changes}}) : {{gains}}.',
  change: '{{issue}} : {{from}} → {{to}}',
  changeSeparator: ' ; ',
  gain: '{{party}} {{gain, number(useGrouping: false; signDisplay: exceptZero; maximumFractionDigits: 1)}}',
  gainsOthersSame_one: '{{gains}}, l’autre sans perte',
  gainsOthersSame_other: '{{gains}}, les autres sans perte',
  logroll:
    '{{p}} aurait pu céder sur {{givenIssue}} ({{givenOption}}) en échange d’une concession de {{q}} sur {{takenIssue}} ({{takenOption}}) : {{p}} {{gainP, number(useGrouping: false; signDisplay: exceptZero; maximumFractionDigits: 1)}}, {{q}} {{gainQ, number(useGrouping: false; signDisplay: exceptZero; maximumFractionDigits: 1)}}.',
  logrollLosers:
    '{{p}} aurait pu céder sur {{givenIssue}} ({{givenOption}}) en échange d’une concession de {{q}} sur {{takenIssue}} ({{takenOption}}) : {{p}} {{gainP, number(useGrouping: false; signDisplay: exceptZero; maximumFractionDigits: 1)}}, {{q}} {{gainQ, number(useGrouping: false; signDisplay: exceptZero; maximumFractionDigits: 1)}} (mais {{losers}}).',
  priority:
    'La partie « {{p}} » tient davantage à « {{more}} » qu’à « {{less}} » ; la partie « {{q}} », l’inverse. Si « {{p}} » cède sur « {{less}} » et « {{q}} » sur « {{more}} », les deux parties peuvent y gagner.',
  chart: {
    partyGain: '{{party}} {{gain, number(useGrouping: false)}}',
    notComparable: 'Le paquet adopté comprend une option qui n’est plus sur la table : il ne peut pas être comparé.',
    noDealNash:
      'Il n’y a pas eu d’accord. Le paquet de la solution de Nash aurait donné à chaque partie ceci de plus que son résultat sans accord : {{gains}}.',
    noDealNothing:
      'Il n’y a pas eu d’accord, et aucun paquet n’aurait laissé chaque partie mieux lotie que sans accord.',
  },
  /** Why an exact analysis cannot be done (analysis/control.ts AnalysisTooLarge). */
  tooLarge: {
    rulesCoupled:
      'Des règles de score lient les questions {{issues}}, dont les options se combinent de {{combinations, number}} façons ; l’analyse exacte en admet au plus {{max, number}}.',
    spaceTooLarge: 'L’espace des résultats compte {{packages, number}} paquets : trop pour les garder en mémoire.',
  },
} as const satisfies CatalogShape<typeof english>;
