import type { CatalogShape } from '../../catalog.ts';
import type { authoring as english } from '../en/authoring.ts';

/**
 * The authoring report in French, for the instructor who writes or checks a scenario (parties named
 * « X », the brief is « instructions confidentielles », the sheet « grille de points »).
 */
export const authoring = {
  percent: '{{value}} %',
  semicolon: ' ; ',
  quoted: '« {{text}} »',
  partyRef: '« {{name}} » ({{id}})',
  report: {
    none: '{{file}} : rapport de conception : aucun avertissement.',
    count_one: '{{file}} : rapport de conception : {{count}} avertissement.',
    count_other: '{{file}} : rapport de conception : {{count}} avertissements.',
    line: '{{file}} : avertissement de conception [{{code}}] : {{message}}',
  },
  when: {
    start: 'au début du jeu',
    afterEvents: 'une fois survenus les événements des tours',
    afterNamedEvents: 'une fois survenus les événements des tours ({{events}})',
    both: 'au début du jeu comme une fois survenus les événements des tours',
    bothNamedEvents: 'au début du jeu comme une fois survenus les événements des tours ({{events}})',
  },
  rule: {
    unanimity: 'à l’unanimité',
    unanimityRequired: 'à l’unanimité, avec l’accord obligatoire de {{required}}',
    majority: 'à la majorité (plus de {{share}} des parties)',
    majorityRequired: 'à la majorité (plus de {{share}} des parties), avec l’accord obligatoire de {{required}}',
    weighted: 'à la majorité pondérée (plus de {{share}} de l’influence)',
    weightedRequired:
      'à la majorité pondérée (plus de {{share}} de l’influence), avec l’accord obligatoire de {{required}}',
  },
  ruleName: {
    unanimity: 'unanimité',
    majority: 'majorité',
    'weighted-majority': 'majorité pondérée',
  },
  outcomeNotAnalysed:
    'La zone d’accord et les points de négociation n’ont pas pu être vérifiés : {{reason}} Scindez les règles de score afin que chacune nomme moins de questions.',
  placeholder_one:
    '{{count}} texte porte encore la mention « {{mark}} » ({{paths}}) : rédigez-le avant qu’une classe ne joue le scénario ; il indique ce qu’il doit contenir.',
  placeholder_other:
    '{{count}} textes portent encore la mention « {{mark}} » ({{paths}}) : rédigez-les avant qu’une classe ne joue le scénario ; chacun indique ce qu’il doit contenir.',
  placeholderMore:
    '{{total}} textes portent encore la mention « {{mark}} » ({{paths}} et {{more}} autres) : rédigez-les avant qu’une classe ne joue le scénario ; chacun indique ce qu’il doit contenir.',
  issueNotScored:
    'Les points d’aucune partie ne dépendent de la question « {{title}} » ({{id}}) : chaque grille de points donne les mêmes points à ses options et aucune règle de score ne les nomme, si bien que personne ne la négociera. Donnez des points différents à ses options dans les grilles des parties qu’elle concerne, ou supprimez la question.',
  issueScoredAlike:
    'Toutes les parties notent de la même façon les options de la question « {{title}} » ({{id}}) (mêmes écarts entre options dans chaque grille de points) : toutes veulent « {{favourite}} » et aucun échange n’est possible sur cette question. Faites préférer d’autres options à certaines parties, afin que la question puisse être cédée en échange d’autre chose.',
  unvalued: {
    evidenceFor:
      'L’élément de preuve « {{title}} » ({{id}}) plaide en faveur de l’option « {{option}} » de la question « {{issue}} », mais aucune partie ne tient à cette option (chaque grille de points lui donne le moins de points de sa question et aucune règle de score ne la nomme) : le présenter ne change rien d’important. Faites-le porter sur une option à laquelle une partie tient, ou donnez des points à cette option dans les grilles des parties qu’elle devrait concerner.',
    evidenceAgainst:
      'L’élément de preuve « {{title}} » ({{id}}) plaide contre l’option « {{option}} » de la question « {{issue}} », mais aucune partie ne tient à cette option (chaque grille de points lui donne le moins de points de sa question et aucune règle de score ne la nomme) : le présenter ne change rien d’important. Faites-le porter sur une option à laquelle une partie tient, ou donnez des points à cette option dans les grilles des parties qu’elle devrait concerner.',
    eventAdds:
      'L’événement « {{title}} » ({{id}}) met sur la table l’option « {{option}} » de la question « {{issue}} », mais aucune partie ne tient à cette option (chaque grille de points lui donne le moins de points de sa question et aucune règle de score ne la nomme) : l’événement ne change rien à la table. Faites-le porter sur une option à laquelle une partie tient, ou donnez des points à cette option dans les grilles des parties qu’elle devrait concerner.',
    eventWithdraws:
      'L’événement « {{title}} » ({{id}}) retire l’option « {{option}} » de la question « {{issue}} », mais aucune partie ne tient à cette option (chaque grille de points lui donne le moins de points de sa question et aucune règle de score ne la nomme) : l’événement ne change rien à la table. Faites-le porter sur une option à laquelle une partie tient, ou donnez des points à cette option dans les grilles des parties qu’elle devrait concerner.',
    eventLegitimacy:
      'L’événement « {{title}} » ({{id}}) modifie le regard du public sur l’option « {{option}} » de la question « {{issue}} », mais aucune partie ne tient à cette option (chaque grille de points lui donne le moins de points de sa question et aucune règle de score ne la nomme) : l’événement ne change rien à la table. Faites-le porter sur une option à laquelle une partie tient, ou donnez des points à cette option dans les grilles des parties qu’elle devrait concerner.',
    eventPoints:
      'L’événement « {{title}} » ({{id}}) modifie les points de la partie « {{party}} » pour l’option « {{option}} » de la question « {{issue}} », mais aucune partie ne tient à cette option (chaque grille de points lui donne le moins de points de sa question et aucune règle de score ne la nomme) : l’événement ne change rien à la table. Faites-le porter sur une option à laquelle une partie tient, ou donnez des points à cette option dans les grilles des parties qu’elle devrait concerner.',
  },
  briefIssue: '« {{title}} » ({{points}} points)',
  briefContradicts:
    'Les instructions confidentielles de la partie « {{name}} » ({{id}}) disent « {{sentence}} », ce qui désigne {{named}}, mais sa grille de points donne le plus grand écart de points ({{widest}} entre la meilleure et la pire option) à {{best}}. Réécrivez les instructions pour que leur priorité soit {{best}}, ou élargissez l’écart de points de la question qu’elles nomment.',
  briefInsistsOnLowest:
    'Les instructions confidentielles de la partie « {{name}} » ({{id}}) exigent {{option}} (« {{sentence}} »), mais sa grille de points donne à cette option le moins de points de la question « {{issue}} » : {{points}}, contre {{most}} pour {{best}}. Donnez plus de points à {{option}} dans la grille, ou reformulez les instructions.',
  briefTradesTopIssue:
    'Les instructions confidentielles de la partie « {{name}} » ({{id}}) proposent de céder sur la question « {{issue}} » (« {{sentence}} »), mais sa grille de points en fait l’une des plus importantes ({{points}} points entre la meilleure et la pire option que la partie peut accepter), plus que {{others}}. Proposez de céder sur une question moins disputée, ou réduisez l’écart de points de « {{issue}} ».',
  optionRef: '« {{label}} » ({{issue}}/{{option}})',
  redLineUndeclared:
    'Les instructions confidentielles de la partie « {{name}} » ({{id}}) énoncent une ligne rouge, « {{sentence}} », qui nomme {{options}}, mais la partie n’en déclare aucune dans « redLines » : déclarez l’option qu’elle n’acceptera jamais (sa position sur tout texte qui la contient est alors une objection ferme, et les négociateurs informatiques ne proposent ni ne soutiennent jamais un tel texte), ou reformulez les instructions.',
  redLinesCloseIssue:
    'Aucun texte ne peut jamais passer : la règle d’accord exige {{parties}}, et leurs lignes rouges excluent ensemble toutes les options de {{issue}} ({{id}}) : {{lines}}. Laissez-en au moins une que toutes acceptent, ou changez la règle.',
  redLineOf: '{{option}} pour {{parties}}',
  redLineOutweighed:
    'La partie « {{name}} » ({{id}}) déclare {{option}} ligne rouge, mais sa grille de points donne à un ensemble qui la contient jusqu’à {{best}} points, plus que les {{without}} qu’elle obtient sans accord : des gains ailleurs l’emportent sur la ligne rouge, si bien que la grille de points contredit les instructions. Baissez les points de cette option (ou ceux contre lesquels elle peut s’échanger), ou relevez la MESORE.',
  influenceAllZero:
    'La règle d’accord est une majorité pondérée, mais chaque partie a « influence » : 0 ; aucun soutien ne peut donc dépasser le seuil et aucun accord ne peut être adopté. Donnez de l’influence aux parties (1 par défaut).',
  majorityOneParty:
    'Avec {{parties}} parties, un seuil de majorité de {{threshold}} est atteint par une seule partie ({{share}} des parties, c’est plus que {{limit}}) : un seul soutien suffit à faire adopter un accord. Relevez « threshold » dans « agreement » à au moins {{least}}.',
  weightedOneParty_one:
    'La partie {{parties}} détient à elle seule plus de {{limit}} de l’influence, le seuil de la majorité pondérée : son seul soutien fait adopter un accord. Relevez « threshold » dans « agreement » ou répartissez l’influence.',
  weightedOneParty_other:
    'Les parties {{parties}} détiennent chacune à elle seule plus de {{limit}} de l’influence, le seuil de la majorité pondérée : le seul soutien de l’une d’elles fait adopter un accord. Relevez « threshold » dans « agreement » ou répartissez l’influence.',
  legitimacyWeightsZero:
    'Chaque question a un poids de légitimité nul (« weights » dans « legitimacy ») : la légitimité publique d’un ensemble n’a aucun sens, pas plus que le seuil et sa conséquence. Donnez un poids positif à au moins une question (1 par défaut).',
  scoreWeightsZero:
    '« outcome » et « process » valent tous deux 0 dans « scoring » : ces poids ne pèsent rien, et le score final les ignore pour se composer comme par défaut, résultat 80 et processus 20. Donnez-leur les poids voulus, ou retirez « scoring ».',
  calendar: {
    evidence: {
      undated:
        'L’élément de preuve « {{id}} » n’a pas de « date » alors que les tours sont datés : il existe donc dès le tour 1 ({{first}}). Indiquez la date à laquelle il a été connu.',
      undatedNamesYear:
        'L’élément de preuve « {{id}} » cite l’année {{year}} mais, faute de date, existe dès le tour 1 ({{first}}). Datez-le, ou corrigez son texte.',
      namesLaterYear:
        'L’élément de preuve « {{id}} » est daté {{date}}, mais son texte cite l’année {{year}}. Corrigez la date ou le texte.',
      afterLastRound:
        'L’élément de preuve « {{id}} » est daté {{date}}, après le dernier tour ({{last}}) : il n’apparaît jamais en jeu. Supprimez-le, ou datez les tours plus tard.',
    },
    event: {
      undated:
        'L’événement « {{id}} » n’a pas de « date » alors que les tours sont datés : il existe donc dès le tour 1 ({{first}}). Indiquez la date à laquelle il a été connu.',
      undatedNamesYear:
        'L’événement « {{id}} » cite l’année {{year}} mais, faute de date, existe dès le tour 1 ({{first}}). Datez-le, ou corrigez son texte.',
      namesLaterYear:
        'L’événement « {{id}} » est daté {{date}}, mais son texte cite l’année {{year}}. Corrigez la date ou le texte.',
      afterLastRound:
        'L’événement « {{id}} » est daté {{date}}, après le dernier tour ({{last}}) : il n’apparaît jamais en jeu. Supprimez-le, ou datez les tours plus tard.',
    },
    roundBeforeDate:
      'L’événement « {{id}} » est prévu au tour {{round}} ({{period}}) mais a eu lieu en {{date}} : il survient au tour {{from}}. Fixez son déclencheur au tour {{from}}.',
    laterEvidence:
      'L’événement « {{id}} » ({{date}}) apporte l’élément de preuve « {{evidence}} », daté plus tard ({{evidenceDate}}) : l’élément de preuve attend sa propre date. Datez-les de manière cohérente.',
  },
  weakEvidenceWithoutFlaw:
    'L’élément de preuve « {{id}} » est fragile mais ne déclare aucun défaut : aucune contestation ne pourra jamais le mettre en cause. Lisez sa provenance et indiquez ses défauts réels dans « flaws ».',
  realDealUnderBatna:
    'L’accord réel ({{date}}) donne à la partie « {{name}} » ({{id}}), qui l’a accepté, {{got}} points, moins que son résultat sans accord de {{floor}}, {{when}} : le jeu enseigne qu’elle n’aurait jamais pu l’accepter. Relevez ses points pour les options de l’accord réel, ou baissez sa MESORE.',
  realDealCrossesRedLine:
    'L’accord réel ({{date}}) franchit une ligne rouge de {{name}} ({{id}}), qui l’a accepté : {{issue}} : {{option}}. Dans le jeu une ligne rouge tient, si bien que l’accord réel ne pourrait jamais passer à la table. Si {{name}} l’a vraiment accepté, ce n’était pas une ligne rouge : retirez-la de « redLines » (son brief peut encore dire qu’elle pèse lourd) ; sinon corrigez l’accord réel.',
  realDealOutsideRule:
    'Les parties qui ont accepté l’accord réel ({{accepted}}) n’auraient pas pu le faire adopter selon la règle d’accord du scénario ({{rule}}) contre toutes les autres : faites de la règle ce qui a réellement décidé, ou énumérez toutes les parties qui l’ont accepté.',
  realDealOutsideRuleRequired:
    'Les parties qui ont accepté l’accord réel ({{accepted}}) n’auraient pas pu le faire adopter selon la règle d’accord du scénario ({{rule}}, accord obligatoire de {{required}}) contre toutes les autres : faites de la règle ce qui a réellement décidé, ou énumérez toutes les parties qui l’ont accepté.',
  noZoneOfAgreement:
    'Aucun ensemble ne dépasse la MESORE de chaque membre d’une coalition capable de faire adopter un accord {{rule}}, {{when}} : aucun accord n’est rationnel, et la table se terminera sans accord. Baissez certaines MESORE (ou la conséquence de l’absence d’accord), ou donnez aux parties dont l’accord est nécessaire plus de points pour des options qu’elles pourraient partager.',
  partyNeverBeatsBatna:
    'Aucun ensemble ne permet à la partie « {{name}} » ({{id}}) de faire mieux que sans accord ({{batna}} points), {{when}} : son meilleur ensemble lui donne {{best}}. Elle n’a aucune raison d’accepter un accord. Baissez sa MESORE, ou relevez ses points pour les options qui comptent pour elle.',
  idealChoice: '{{issue}} : {{option}}',
  nothingToNegotiate:
    'Un même ensemble est le meilleur possible pour chaque partie, {{when}} ({{ideal}}) : il n’y a rien à négocier. Faites vouloir aux parties des options différentes sur certaines questions, afin que chacune doive céder quelque chose pour obtenir quelque chose.',
  oneSidedNash:
    'Le point de négociation de Nash donne à la partie « {{name}} » ({{id}}) le maximum de points possible ({{best}}), {{when}} : le partage équitable ne lui demande rien et fait porter toutes les concessions sur les autres. Donnez aux autres parties plus de points pour les options que la partie « {{name}} » veut le moins, ou relevez leurs MESORE, afin que la partie « {{name}} » ait quelque chose à céder.',
  botsRarelyAgree:
    'Les tables de négociateurs informatiques ne sont parvenues à un accord qu’à {{rate}} des {{games}} tables jouées : la zone d’accord est trop étroite ou trop difficile à atteindre dans le nombre de tours prévu. Élargissez-la (MESORE plus basses, plus de points pour des options partageables) ou ajoutez des tours.',
  botsAgreeAtNash:
    '{{rate}} des accords des négociateurs informatiques ont retenu le point de Nash : le meilleur accord est trop facile à trouver. Dissimulez-le davantage, par exemple par des échanges de concessions qui lient deux questions, ou des éléments de preuve qui font bouger les parties.',
  tournament: {
    head: 'Tournoi de négociateurs informatiques : {{games}} tables (toutes les combinaisons de stratégies, comme `tournament --games {{games}}`) : accord à {{agreement}} des tables ; {{nash}} des accords au point de Nash.',
    score: '{{name}} {{mean}} ({{lowest}}–{{highest}})',
    scores: '  Scores finaux, moyenne (minimum–maximum) : {{scores}}.',
    spread: '  Écart entre les scores moyens des parties : {{spread}} points.',
    teaching:
      '  Indicateurs pédagogiques : accords sous le seuil de légitimité {{illegitimate}} ; accords engageant une partie au-delà de sa ligne rouge déclarée {{redLine}} ; tables où une contestation d’élément de preuve a échoué {{failed}} ; tables conclues par un accord bénéficiant de l’acceptabilité sociale {{licence}}.',
    partyRate: '{{name}} {{rate}}',
    underBatna: '  Accords sous la MESORE de chaque partie : {{parties}}.',
    targetMet: '  [atteint] {{name}} : {{measured}}.',
    targetMissed: '  [MANQUÉ] {{name}} : {{measured}}.',
  },
  target: {
    agreementRate: 'taux d’accord entre {{min}} et {{max}}',
    redLine: 'aucun accord n’engage une partie au-delà de sa ligne rouge déclarée',
    realDeal: 'l’accord réel dépasse la MESORE de chaque partie qui l’a accepté',
    realDealMet: 'oui',
    realDealMissed: 'pas pour {{parties}}',
    socialLicence: 'pas d’accord dans l’histoire : acceptabilité sociale obtenue à moins de {{max}} des tables',
  },
} as const satisfies CatalogShape<typeof english>;
