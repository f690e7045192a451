import type { CatalogShape } from '../../catalog.ts';
import type { cliVerbs as english } from '../en/cliVerbs.ts';

export const cliVerbs = {
  files: {
    geniusFile: 'un fichier GENIUS (.xml)',
    notUtf8: 'Le fichier n’est pas un texte UTF-8 : enregistrez-le en UTF-8 et réessayez.',
    exists:
      '{{file}} existe déjà : Accord n’écrase jamais un scénario. Choisissez un autre nom ou supprimez d’abord ce fichier.',
    noFolder: 'Le dossier {{folder}} n’existe pas : créez-le d’abord.',
    notJsonName: '« {{file}} » devrait se terminer par .json.',
    fileReason: '{{file}} : {{reason}}',
  },
  usage: {
    new: 'new <fichier.json>',
    validate: 'validate <fichier.json>… [--tournament N]',
    replay: 'replay <scenario.json> <journal.json> [--table N]',
    analyse: 'analyse <fichier>',
    simulate:
      'simulate <fichier> [--seed N (1)] [--bots adaptive,boulware,…] [--difficulty normal] [--log journal.json]',
    tournament:
      'tournament <fichier> [--games N (100)] [--seed S (1)] [--bots adaptive,boulware,…] [--difficulty normal] [--threads N]',
    review: 'review <scenario.json> <journal.json> [--party <id>] [--table N]',
    import: 'import genius <domaine.xml> <profil.xml>… [--out <fichier.json>] [--discretise <n>]',
    export: 'export genius <scenario.json> <dossier>',
  },
  options: {
    unknown: 'Option inconnue : --{{name}}.',
    needsValue: '--{{name}} attend une valeur.',
    wholeNumber: '--{{name}} doit être un nombre entier (reçu : « {{value}} »).',
    wholeNumberAtLeast: '--{{name}} doit être un nombre entier au moins égal à {{min}} (reçu : « {{value}} »).',
    bots: '--bots attend une liste de stratégies séparées par des virgules, parmi {{strategies}}.',
    botsUnknown:
      '--bots attend une liste de stratégies séparées par des virgules, parmi {{strategies}} (inconnues : {{unknown}}).',
    difficulty: '--difficulty vaut {{difficulties}} (reçu : « {{value}} »).',
    oneScenarioToSimulate: 'Donnez un fichier de scénario à simuler.',
    tournamentGames: '--tournament attend un nombre de parties, par exemple --tournament 50.',
    validateGiveOne: 'Donnez au moins un fichier de scénario à vérifier.',
    validateNotSchema: 'Donnez au moins un fichier de scénario à vérifier (un fichier .schema.json n’en est pas un).',
    scenarioAndLog: 'Donnez un fichier de scénario et un journal d’actions.',
  },
  analyse: {
    progress: 'Analyse de {{step}} : {{percent}} %…',
    giveOne: 'Donnez un fichier de scénario à analyser.',
    exactlyOne: 'analyse prend exactement un fichier.',
    invalid: '{{file}} : invalide ; corrigez les problèmes ci-dessus avant de l’analyser.',
    heading: 'Analyse de « {{title}} »',
    outcomeSpace_one: 'Espace des résultats : {{packages}} ensemble.',
    outcomeSpace_other: 'Espace des résultats : {{packages}} ensembles.',
    frontierExact_one: 'Frontière de Pareto : {{size}} ensemble (exacte).',
    frontierExact_other: 'Frontière de Pareto : {{size}} ensembles (exacte).',
    frontierApproximate_one:
      'Frontière de Pareto : {{size}} ensemble (approchée : à {{shortfall}} points près par partie de la frontière exacte).',
    frontierApproximate_other:
      'Frontière de Pareto : {{size}} ensembles (approchée : à {{shortfall}} points près par partie de la frontière exacte).',
    frontierApproximateLegitimacy_one:
      'Frontière de Pareto : {{size}} ensemble (approchée : à {{shortfall}} points près par partie de la frontière exacte, ou davantage là où l’acceptabilité sociale est en jeu : cette borne n’en tient pas compte).',
    frontierApproximateLegitimacy_other:
      'Frontière de Pareto : {{size}} ensembles (approchée : à {{shortfall}} points près par partie de la frontière exacte, ou davantage là où l’acceptabilité sociale est en jeu : cette borne n’en tient pas compte).',
    nash: 'Point de négociation de Nash :',
    nashNone: 'Point de négociation de Nash : aucun : aucun ensemble ne bat la MESORE de chaque partie.',
    kalaiSmorodinsky: 'Point de Kalai–Smorodinsky :',
    kalaiSmorodinskyNone: 'Point de Kalai–Smorodinsky : aucun : aucun ensemble ne bat la MESORE de chaque partie.',
    maxJointGain: 'Gain conjoint maximum :',
    maxJointGainNone: 'Gain conjoint maximum : aucun.',
    egalitarian: 'Ensemble égalitaire (le plus grand des plus petits gains par rapport à la MESORE) :',
    egalitarianNone: 'Ensemble égalitaire (le plus grand des plus petits gains par rapport à la MESORE) : aucun.',
    option: '{{issue}} : {{label}}',
    points: 'points : {{points}}',
    partyPoints: '{{name}} {{points}} (sans accord : {{disagreement}})',
    separator: ' ; ',
    rules: { unanimity: 'unanimité', majority: 'majorité', 'weighted-majority': 'majorité pondérée' },
    zoneYes: 'Zone d’accord possible ({{rule}}) : oui.',
    zoneNo: 'Zone d’accord possible ({{rule}}) : non.',
    coalitionCarries: '{{members}} : peut faire adopter un ensemble qui bat la MESORE de chacun de ses membres',
    coalitionCannot: '{{members}} : aucun ensemble ne bat la MESORE de chacun de ses membres',
    logrollsNone: 'Échanges de concessions possibles : aucun.',
    logrolls: 'Échanges de concessions possibles :',
  },
  tournament: {
    giveOne: 'Donnez un fichier de scénario pour le tournoi.',
    doesNotLoad: '{{file}} : le scénario ne se charge pas ; aucun tournoi ne peut être joué.',
    progress: 'tournoi : {{done}}/{{total}} parties',
    progressBar: '[{{bar}}] {{done}}/{{total}} parties',
    heading_one:
      'Tournoi sur « {{title}} » : {{count}} partie, graine {{seed}}, négociateurs informatiques de niveau « {{difficulty}} ».',
    heading_other:
      'Tournoi sur « {{title}} » : {{count}} parties, graine {{seed}}, négociateurs informatiques de niveau « {{difficulty}} ».',
    headingTimed_one:
      'Tournoi sur « {{title}} » : {{count}} partie, graine {{seed}}, négociateurs informatiques de niveau « {{difficulty}} », {{seconds}} s.',
    headingTimed_other:
      'Tournoi sur « {{title}} » : {{count}} parties, graine {{seed}}, négociateurs informatiques de niveau « {{difficulty}} », {{seconds}} s.',
    agreementWithZopa: 'Accord quand une zone d’accord existe : {{rate}}.',
    none: '—',
    meanAndError: '{{mean}} ± {{error}}',
    /** A mixed table of the tournament (the others are named after their strategy). */
    mixedTable: 'mixte {{number}}',
    columns: {
      strategy: 'stratégie',
      seats: 'sièges',
      score: 'score',
      mixed: 'mixte ± e.t.',
      outcome: 'résultat',
      agreement: 'accord',
      distance: 'distance',
      ofMax: 'du max',
      ofCarriable: 'du réalisable',
      mix: 'combinaison',
      games: 'parties',
      withZopa: 'avec ZAP',
      dealsOfMax: 'accords : du max',
    },
    legend: {
      score:
        'score : score final moyen (0-100) de ses sièges ; mixte ± e.t. : le même aux tables mixtes, avec son erreur type (effets de siège retirés) ;',
      distance:
        'distance : distance moyenne des accords à la frontière de Pareto (points que toutes les parties pourraient encore gagner à la fois) ;',
      ofMax:
        'du max : part moyenne du GAIN CONJOINT MAXIMUM de l’analyse (sur tous les ensembles, même ceux qu’une partie indispensable refuserait) ;',
      ofCarriable:
        'du réalisable : part moyenne du MEILLEUR GAIN CONJOINT QUE LA RÈGLE D’ACCORD POURRAIT FAIRE ADOPTER (ensembles qui battent les MESORE d’une coalition gagnante) ; avec ZAP : quand une zone d’accord possible existe.',
      noDeal:
        'Le tableau des stratégies compte pour 0 une partie sans accord dans ces deux parts ; le tableau des combinaisons les donne sur les seuls accords.',
    },
  },
  new: {
    exactlyOne: 'Donnez exactement un fichier à créer.',
    wrote: '{{file}} écrit (identifiant du scénario : « {{id}} ») : 2 parties, 2 questions, valide tel quel.',
    openIt: 'Ouvrez-le dans un éditeur qui lit JSON Schema pour voir chaque champ expliqué ; vérifiez-le avec',
  },
  import: {
    whichFormat: 'Indiquez le format à importer : genius.',
    otherFormat: 'Accord importe le format genius, pas « {{format}} ».',
    discretise: '{{option}} attend un nombre entier d’options de 2 à {{max}}, pas « {{value}} ».',
    giveFiles: 'Donnez le fichier du domaine, puis un fichier de profil par partie (au moins deux).',
    wrote: '{{file}} écrit : un scénario valide, dont il vous reste à écrire les textes marqués {{mark}}.',
    note: 'remarque : {{note}}',
    next: 'Ensuite : npm run scenario -- validate {{file}} liste les textes qui restent à rédiger.',
  },
  export: {
    whichFormat: 'Indiquez le format d’exportation : genius.',
    otherFormat: 'Accord exporte le format genius, pas « {{format}} ».',
    giveFiles: 'Donnez un fichier de scénario et le dossier où écrire.',
    invalid: '{{file}} : invalide ; corrigez les problèmes ci-dessus avant de l’exporter.',
    notFolder: '{{folder}} est un fichier, pas un dossier : donnez le dossier où écrire les fichiers GENIUS.',
    taken_one:
      '{{files}} existe déjà : Accord n’écrase jamais un fichier. Choisissez un autre dossier ou supprimez d’abord ce fichier.',
    taken_other:
      '{{files}} existent déjà : Accord n’écrase jamais un fichier. Choisissez un autre dossier ou supprimez d’abord ces fichiers.',
    wrote: 'Fichiers GENIUS écrits dans {{folder}} : {{count}}, soit le domaine {{domain}} et {{profiles}} profils.',
  },
  replay: {
    logTooLarge: '{{file}} : le journal d’actions dépasse 20 Mo ; vérifiez que c’est le bon fichier.',
    logMissing: '{{file}} : impossible de lire le journal d’actions : il n’y a pas de fichier à cet emplacement.',
    logFolder: '{{file}} : impossible de lire le journal d’actions : c’est un dossier, pas un fichier.',
    logUnreadable: '{{file}} : impossible de lire le journal d’actions ({{detail}}).',
    logNotJson: '{{file}} : le journal d’actions n’est pas un JSON valide ({{detail}}).',
    classNeedsTable_one:
      '{{file}} est l’export d’une classe de {{count}} table : choisissez-la avec --table 1 ({{list}}).',
    classNeedsTable_other:
      '{{file}} est l’export d’une classe de {{count}} tables : choisissez-en une avec --table N ({{list}}).',
    classNoTable: '{{file}} n’a pas de table {{table}} : ses tables sont {{list}} ; choisissez-en une avec --table N.',
    classTable: '{{n}} ({{code}}, {{phase}})',
    tableNotClass:
      '{{file}} est le journal d’une seule partie : --table choisit une table dans l’export d’une classe (« Exporter en JSON » de la console).',
    illegal: '{{file}} : l’action {{index}} (en comptant à partir de 0) n’est pas permise : {{reason}}',
    heading_one: '{{title}} ({{id}} {{version}}) : {{count}} action rejouée.',
    heading_other: '{{title}} ({{id}} {{version}}) : {{count}} actions rejouées.',
    running: 'La partie est encore en cours : scores provisoires, comme si elle s’achevait maintenant sans accord.',
    noDeal: 'Pas d’accord (tour {{round}}) : {{reason}}',
    agreement: 'Accord au tour {{round}} (légitimité publique : {{legitimacy}}) : {{package}}.',
    choice: '{{issue}} : {{label}}',
    separator: ' ; ',
    party: '{{name}} : final {{final}}/100 (résultat {{outcome}}/100, conduite {{process}}/100)',
    points:
      'points : {{points}} (pire possible : {{worst}}, meilleur : {{best}}) ; MESORE : {{batna}} ; surplus : {{surplus}}',
    process: 'conduite :',
    final: 'final :',
    otherScores:
      '{{file}} a enregistré d’autres scores que ceux que {{scenario}} donne à ses actions : {{changes}}. La partie a été jouée sur un autre texte de {{id}} {{version}} (ses chiffres ont changé depuis, sous la même version) : les scores ci-dessous suivent {{scenario}}, pas ceux qu’ont reçus les joueurs.',
    partyChanged: '{{party}} : {{changes}}',
    figureChanged: '{{figure}} {{was}} alors, {{now}} maintenant',
    figure: { points: 'points', batna: 'MESORE', surplus: 'surplus', final: 'score final' },
  },
} as const satisfies CatalogShape<typeof english>;
