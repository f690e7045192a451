import type { CatalogShape } from '../../catalog.ts';
import type { loader as english } from '../en/loader.ts';

/**
 * The scenario loader's problems, in French. Places are named as noun phrases (la partie « council »,
 * « rounds » dans « protocol »), whose gender varies: sentences keep them as subject of verbs and
 * adjectives that do not agree (est vide, doit être, contient), or say "valeur trouvée". Field names
 * and ids in guillemets, JSON snippets in JSON. Espace fine insécable (U+202F) before the high
 * punctuation and inside the guillemets.
 */
export const loader = {
  quoted: '« {{text}} »',
  file: {
    tooBig:
      'Le fichier pèse {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1; useGrouping: false)}} Mo ; un scénario ne peut dépasser {{max, number(minimumFractionDigits: 1; maximumFractionDigits: 1; useGrouping: false)}} Mo. Un vrai scénario pèse quelques dizaines de kilo-octets : vérifiez qu’il s’agit du bon fichier.',
    utf16:
      'Le fichier est enregistré en UTF-16 (« Unicode » dans certains éditeurs Windows). Enregistrez-le de nouveau en UTF-8.',
    notUtf8:
      'Le fichier n’est pas du texte UTF-8 (le premier octet qui n’est pas de l’UTF-8 se trouve ici). Enregistrez-le en UTF-8 (dans la plupart des éditeurs : « Enregistrer avec l’encodage » → UTF-8) ; si ce n’est pas du tout un scénario, vérifiez le nom du fichier.',
    empty:
      'Le fichier est vide. Un scénario est un objet JSON { … } : partez d’une copie de l’un des scénarios fournis avec Accord.',
    tooDeep:
      'Les objets et les listes sont imbriqués ici sur plus de {{max}} niveaux ; un scénario en demande moins de 10. S’agit-il vraiment d’un fichier de scénario ?',
    objectTooFull:
      'Cet objet compte plus de {{max, number}} entrées ; aucun objet d’un scénario n’en demande plus de quelques dizaines. S’agit-il vraiment d’un fichier de scénario ?',
    listTooLong:
      'Cette liste compte plus de {{max, number}} entrées ; aucune liste d’un scénario n’en demande plus de {{most}}. S’agit-il vraiment d’un fichier de scénario ?',
    moreErrors:
      'Erreurs non listées : {{n, number}}. Corrigez d’abord celles ci-dessus, puis chargez de nouveau le fichier.',
    moreWarnings: 'Avertissements non listés : {{n, number}}.',
    notValid: 'Cette valeur n’est pas valide ici ({{reason}}).',
    unknownReason: 'raison inconnue',
    internal:
      'Accord a rencontré une erreur interne en lisant ce fichier ({{reason}}). Merci de la signaler en joignant le fichier.',
  },
  syntax: {
    trailingComma:
      'Une virgule avant « {{at}} » n’est pas permise en JSON (virgule finale) : supprimez la virgule après la dernière entrée.',
    singleQuotes: 'Le texte doit être entre guillemets doubles ("…"), non entre apostrophes (\'…\').',
    unexpected:
      'Caractères inattendus ici : « {{found}} ». JSON admet des objets { }, des listes [ ], du texte entre guillemets doubles, des nombres, true, false et null.',
    badNumber: '« {{found}} » n’est pas un nombre écrit comme en JSON (par exemple 12, -3.5 ou 0.25).',
    nameExpected: 'Un nom de champ entre guillemets doubles était attendu ici (comme "id").',
    valueExpected:
      'Une valeur était attendue ici (du texte entre guillemets doubles, un nombre, true, false, null, un objet ou une liste).',
    colonExpected: 'Un deux-points (:) était attendu ici, entre un nom de champ et sa valeur.',
    commaExpected:
      'Une virgule était attendue ici, entre deux entrées (manque-t-il une virgule à la fin de la ligne précédente ?).',
    braceExpected: 'Une accolade fermante } était attendue ici : un objet ouvert plus haut n’est pas fermé.',
    bracketExpected: 'Un crochet fermant ] était attendu ici : une liste ouverte plus haut n’est pas fermée.',
    endExpected: 'Texte inattendu après la fin du scénario : le fichier doit contenir exactement un objet JSON { … }.',
    comment:
      'Les commentaires ne sont pas permis en JSON : supprimez ce commentaire (les notes peuvent aller dans un champ "description").',
    openComment: 'Ce commentaire n’est jamais fermé, et les commentaires ne sont pas permis en JSON : supprimez-le.',
    openString:
      'Ce texte n’est pas fermé : il manque un guillemet double (") avant la fin de la ligne. Écrivez les retours à la ligne dans un texte sous la forme \\n.',
    shortNumber: 'Ce nombre est incomplet.',
    badUnicode: 'Échappement \\u invalide : écrivez \\u suivi de quatre chiffres hexadécimaux, comme \\u00e9.',
    badEscape:
      'Échappement invalide : après une barre oblique inversée, JSON n’admet que \\" \\\\ \\/ \\b \\f \\n \\r \\t ou \\u ; écrivez la barre oblique inversée elle-même \\\\.',
    controlCharacter:
      'Un caractère de contrôle (comme une tabulation ou un retour à la ligne) doit s’écrire dans un texte sous forme d’échappement (\\t, \\n).',
    invalid: 'Ce n’est pas du JSON valide.',
    more: 'Erreurs de syntaxe non listées : {{n}}. Corrigez d’abord celles ci-dessus (s’agit-il vraiment d’un fichier de scénario ?).',
    native: 'Ce n’est pas du JSON valide ({{reason}}).',
    reservedKey:
      'La clé « {{key}} » n’est pas permise dans un scénario (JavaScript la réserve) : supprimez-la ou renommez-la.',
    duplicateKey:
      'La clé {{key}} apparaît deux fois dans le même objet : n’en gardez qu’une (sinon la dernière l’emporterait sans avertissement).',
  },
  where: {
    scenario: 'le scénario',
    party: 'la partie « {{id}} »',
    partyN: 'la partie {{n}}',
    issue: 'la question « {{id}} »',
    issueN: 'la question {{n}}',
    evidence: 'l’élément de preuve « {{id}} »',
    evidenceN: 'l’élément de preuve {{n}}',
    event: 'l’événement « {{id}} »',
    eventN: 'l’événement {{n}}',
    scoringRule: 'la règle de score « {{id}} »',
    scoringRuleN: 'la règle de score {{n}}',
    option: 'l’option « {{id}} » de {{issue}}',
    optionN: 'l’option {{n}} de {{issue}}',
    effect: 'l’effet {{n}} de {{event}}',
    entry: 'l’entrée {{n}}',
    entryOf: 'l’entrée {{n}} de {{within}}',
    field: '« {{key}} »',
    fieldIn: '« {{key}} » dans {{within}}',
    deep: '{{inner}} ({{levels}} niveaux à l’intérieur de {{outer}})',
  },
  hint: {
    didYouMean: ' (vouliez-vous dire « {{name}} » ?)',
    typoOf: ' (faute de frappe pour « {{name}} » ?)',
  },
  text: {
    bidi: '{{where}} contient un caractère invisible qui change le sens d’écriture du texte ({{code}}) : supprimez-le, car il peut faire lire le texte autrement que ce qu’il dit.',
    brokenCharacter:
      '{{where}} contient un caractère cassé (la moitié d’une paire UTF-16, sans doute coupée d’un emoji) : supprimez-le ou écrivez le caractère entier.',
    invisible:
      '{{where}} ne contient que des espaces ou des caractères invisibles : rien ne s’afficherait. Écrivez du texte.',
    tooLong: '{{where}} dépasse la longueur permise : {{max}} caractères au plus ; on en compte {{n, number}}.',
    farTooLong:
      '{{where}} dépasse la longueur permise : {{max}} caractères au plus ; on en compte plus de {{n, number}}.',
    url: '{{where}} doit être une adresse web complète comme https://example.org/page, mais {{why}}.',
    urlSpace: 'la valeur contient une espace ou un retour à la ligne',
    urlNotAddress: 'la valeur n’est pas une adresse web',
    urlScheme: 'la valeur ne commence pas par http:// ou https://',
    urlNoSite: 'la valeur ne nomme aucun site',
    sameName:
      '{{where}} porte un nom qui ressemble à s’y méprendre à celui de la partie {{n}} ({{name}}) : donnez à chaque partie un nom que les joueurs peuvent distinguer.',
    html: '{{where}} contient {{tag}}, qui ressemble à du HTML : ce texte s’affiche tel quel, non comme du HTML. Écrivez du texte simple (paragraphes séparés par une ligne vide).',
    unknownField: 'Champ inconnu {{key}} dans {{where}} : il est ignoré{{hint}}.',
    tooManyEntries:
      '{{where}} compte {{n, number}} entrées ; un scénario en admet au plus {{max}} ici : supprimez les entrées en trop (seules les {{max}} premières ont été vérifiées).',
    untranslated_one:
      '{{count}} texte n’a pas de version « {{tag}} » alors que d’autres textes du fichier en ont une (voici le premier) : les joueurs dans cette langue le lisent dans une autre langue.',
    untranslated_other:
      '{{count}} textes n’ont pas de version « {{tag}} » alors que d’autres textes du fichier en ont une (voici le premier) : les joueurs dans cette langue les lisent dans une autre langue.',
  },
  schema: {
    missing: '{{where}} n’a pas de champ « {{key}} » : ajoutez "{{key}}": {{suggestion}}.',
    empty: '{{where}} est vide : écrivez du texte.',
    minLength: '{{where}} doit compter au moins {{min}} caractères.',
    stacked:
      '{{where}} empile trop d’accents ou de symboles joints sur ses caractères ({{n, number}} unités UTF-16) : écrivez du texte simple.',
    maxLength: '{{where}} dépasse la longueur permise : {{max}} caractères au plus ; on en compte {{n}}.',
    reserved:
      '{{where}} vaut {{value}}, un nom que JavaScript réserve à son propre usage : choisissez un autre identifiant (par exemple « {{other}} »).',
    patternId:
      '{{where}} doit être un identifiant : des mots en minuscules (lettres et chiffres) reliés par des traits d’union simples, comme « research-community » ; valeur trouvée : {{value}}{{fix}}.',
    forExample: ' (par exemple « {{id}} »)',
    patternColour:
      '{{where}} doit avoir la forme #1f77b4 (un # et six chiffres hexadécimaux) ; valeur trouvée : {{value}}.',
    patternVersion: '{{where}} doit avoir la forme 1.0 ou 1.0.0 ; valeur trouvée : {{value}}.',
    patternUrl: '{{where}} doit être une adresse web commençant par http:// ou https:// ; valeur trouvée : {{value}}.',
    patternLanguage:
      '{{where}} doit être une étiquette de langue comme « en », « fr » ou « pt-BR » ; valeur trouvée : {{value}}.',
    patternOther: '{{where}} doit respecter le motif {{pattern}} ; valeur trouvée : {{value}}.',
    minItems_one: '{{where}} demande au moins {{count}} entrée ; on en compte {{n}}.',
    minItems_other: '{{where}} demande au moins {{count}} entrées ; on en compte {{n}}.',
    maxItems: '{{where}} peut compter au plus {{max}} entrées ; on en compte {{n}}.',
    maxProperties: '{{where}} peut compter au plus {{max}} entrées ; on en compte {{n, number}}.',
    mustBe: '{{where}} doit être {{expected}} ; valeur trouvée : {{value}}.',
    notValid: '{{where}} n’est pas valide ici ({{reason}}).',
    badTag:
      '{{where}} donne un texte sous {{tag}}, qui n’est pas une étiquette de langue : utilisez-en une comme « en », « fr » ou « pt-BR ».',
    noText: '{{where}} ne donne aucun texte : écrivez-le dans au moins une langue.',
    textOrLanguages:
      '{{where}} doit être du texte entre guillemets doubles, ou le texte en plusieurs langues comme {"en": "…", "fr": "…"} ; valeur trouvée : {{value}}.',
    oneOf: '{{where}} doit valoir l’une des valeurs {{values}} ; valeur trouvée : {{value}}{{hint}}.',
    mustBeLike: '{{where}} doit être {{noun}} comme {{example}} ; valeur trouvée : {{value}}.',
    noType: '{{where}} n’a pas de champ « type » : ajoutez "type": avec l’une des valeurs {{types}}.',
    badType:
      'Le champ « type » de {{where}} doit valoir l’une des valeurs {{types}} ; valeur trouvée : {{value}}{{hint}}.',
    notNoun: '{{where}} n’est pas {{noun}} : utilisez l’une de ces formes : {{forms}}.',
    incomplete: '{{where}} reste à compléter : ajoutez {{keys}}.',
    mixes: '{{where}} mélange {{keys}} : {{noun}} n’en utilise qu’un seul.',
    mixesConditions:
      '{{where}} mélange {{keys}} : {{noun}} n’en utilise qu’un seul (pour combiner des conditions, placez-les dans "all" ou "any").',
    orJoin: ' ou ',
    andJoin: ' et ',
    noun: {
      condition: 'une condition',
      effect: 'un effet',
      trigger: 'un déclencheur',
      object: 'un objet',
    },
    expect: {
      integer: 'un nombre entier{{range}}',
      number: 'un nombre{{range}}',
      text: 'du texte entre guillemets doubles',
      id: 'un identifiant entre guillemets doubles',
      colour: 'une couleur entre guillemets doubles',
      version: 'un numéro de version entre guillemets doubles',
      url: 'une adresse web entre guillemets doubles',
      language: 'une étiquette de langue entre guillemets doubles',
      boolean: 'true ou false',
      list: 'une liste [ … ]',
      object: 'un objet { … }',
      oneOf: 'l’une des valeurs {{values}}',
    },
    range: {
      above: ' supérieur à {{min}}',
      aboveAtMost: ' supérieur à {{min}} et au plus égal à {{max}}',
      between: ' compris entre {{min}} et {{max}}',
      atLeast: ' d’au moins {{min}}',
      atMost: ' d’au plus {{max}}',
    },
    shown: {
      missing: 'aucune',
      emptyList: 'une liste vide',
      list: 'une liste',
      object: 'un objet',
    },
  },
  refs: {
    duplicateParty:
      'Deux parties ont l’identifiant « {{id}} » (numéros {{first}} et {{second}} de « parties ») : chaque partie doit avoir son propre identifiant.',
    duplicateIssue:
      'Deux questions ont l’identifiant « {{id}} » (numéros {{first}} et {{second}} de « issues ») : chaque question doit avoir son propre identifiant.',
    duplicateEvidence:
      'Deux éléments de preuve ont l’identifiant « {{id}} » (numéros {{first}} et {{second}} de « evidence ») : chaque élément de preuve doit avoir son propre identifiant.',
    duplicateEvent:
      'Deux événements ont l’identifiant « {{id}} » (numéros {{first}} et {{second}} de « events ») : chaque événement doit avoir son propre identifiant.',
    duplicateScoringRule:
      'Deux règles de score ont l’identifiant « {{id}} » (numéros {{first}} et {{second}} de « scoringRules ») : chaque règle de score doit avoir son propre identifiant.',
    duplicateOption:
      'La question « {{issue}} » a deux options avec l’identifiant « {{id}} » (numéros {{first}} et {{second}}) : chaque option doit avoir son propre identifiant.',
    unknownParty: '{{where}} nomme la partie « {{id}} », qui n’existe pas{{hint}}.',
    unknownPartyNone: '{{where}} nomme la partie « {{id}} », mais le scénario n’a aucune partie.',
    unknownPartyAmong: '{{where}} nomme la partie « {{id}} », qui n’existe pas (les parties sont {{known}}).',
    unknownIssue: '{{where}} nomme la question « {{id}} », qui n’existe pas{{hint}}.',
    unknownIssueNone: '{{where}} nomme la question « {{id}} », mais le scénario n’a aucune question.',
    unknownIssueAmong: '{{where}} nomme la question « {{id}} », qui n’existe pas (les questions sont {{known}}).',
    unknownEvidence: '{{where}} nomme l’élément de preuve « {{id}} », qui n’existe pas{{hint}}.',
    unknownEvidenceNone:
      '{{where}} nomme l’élément de preuve « {{id}} », mais le scénario n’a aucun élément de preuve.',
    unknownEvidenceAmong:
      '{{where}} nomme l’élément de preuve « {{id}} », qui n’existe pas (les éléments de preuve sont {{known}}).',
    badOption: '{{where}} nomme l’option « {{id}} », qui n’est pas une option de la question « {{issue}} »{{hint}}.',
    itsOptions: ' (ses options sont {{options}})',
    sheetOf: 'La grille de {{party}}',
    sheetNoIssue:
      '{{whose}} ne donne pas de points pour la question « {{issue}} » : ajoutez "{{issue}}": { {{skeleton}} }.',
    sheetNoOption:
      '{{whose}} ne donne pas de points pour l’option « {{option}} » de la question « {{issue}} » : ajoutez "{{option}}": … (un nombre de points).',
    sheetNotOption:
      '{{whose}} donne des points pour « {{key}} », qui n’est pas une option de la question « {{issue}} »{{hint}}.',
    redLineTwice:
      '{{where}} déclare deux fois la ligne rouge « {{option}} » de la question « {{issue}} » : déclarez-la une seule fois.',
    redLineAll:
      '{{where}} fait de chaque option de la question « {{issue}} » une ligne rouge et ne pourrait donc accepter aucun texte : laissez au moins une option qui lui reste acceptable.',
    allTrackTwo:
      'Toutes les parties relèvent de la voie II : personne ne pourrait proposer de texte. Placez au moins une partie sur la voie I avec "track": "I" (les négociateurs : États, institutions).',
    noOptionOnTable:
      '{{where}} n’a aucune option sur la table au départ : chaque option porte "available": false. Rendez-en au moins une disponible.',
    ruleNamesTwice: '{{where}} nomme deux fois la partie « {{id}} » : ses points ne comptent qu’une fois par partie.',
    turnOrderTwice:
      '« turnOrder » dans « protocol » nomme deux fois la partie « {{id}} » : chaque partie joue exactement une fois par tour.',
    turnOrderLeavesOut_one:
      '« turnOrder » dans « protocol » omet la partie {{parties}} : il doit nommer chaque partie exactement une fois (ou omettez « turnOrder » pour suivre l’ordre de « parties »).',
    turnOrderLeavesOut_other:
      '« turnOrder » dans « protocol » omet les parties {{parties}} : il doit nommer chaque partie exactement une fois (ou omettez « turnOrder » pour suivre l’ordre de « parties »).',
    noPropose:
      '« actions » dans « protocol » doit inclure "propose" : sans ce coup, personne ne peut mettre de texte sur la table.',
    noBacking:
      '« actions » dans « protocol » doit inclure "support" ou "call-vote" : sans eux, aucune partie autre que l’auteur d’un texte ne peut le soutenir, et aucun accord ne peut être adopté.',
    neverFires:
      '{{where}} se déclenche au tour {{round}}, mais la négociation ne compte que {{rounds}} tours (« rounds » dans « protocol ») : il ne se déclenchera jamais.',
    addsAvailableOption:
      '{{where}} ajoute l’option « {{option}} » de la question « {{issue}} », mais cette option est sur la table dès le départ : déclarez-la avec "available": false pour que cet événement l’introduise.',
    addsAvailableEvidence:
      '{{where}} ajoute l’élément de preuve « {{evidence}} », mais celui-ci est disponible dès le départ : déclarez-le avec "available": false pour que cet événement l’introduise.',
    badDate: '{{where}} : {{error}}',
    calendarLength_one:
      '« calendar » donne {{count}} date, mais la négociation compte {{rounds}} tours (« rounds » dans « protocol ») : donnez une date par tour.',
    calendarLength_other:
      '« calendar » donne {{count}} dates, mais la négociation compte {{rounds}} tours (« rounds » dans « protocol ») : donnez une date par tour.',
    calendarLengthDefault_one:
      '« calendar » donne {{count}} date, mais la négociation compte {{rounds}} tours (« rounds » dans « protocol », par défaut) : donnez une date par tour.',
    calendarLengthDefault_other:
      '« calendar » donne {{count}} dates, mais la négociation compte {{rounds}} tours (« rounds » dans « protocol », par défaut) : donnez une date par tour.',
    publishedNotAfterDate:
      'L’élément « {{id}} » est publié ({{published}}) au plus tard à sa date ({{date}}) : « published » sert à un élément détenu en privé depuis sa date et rendu public plus tard. Supprimez « published », ou datez l’élément du moment où son détenteur l’avait.',
    publishedWithoutDate:
      'L’élément « {{id}} » a un champ « published » ({{published}}) mais pas de « date » : indiquez la date depuis laquelle son détenteur le détenait en privé.',
    calendarBackwards:
      'Le tour {{round}} de « calendar » (« {{value}} ») commence avant le tour {{previous}} (« {{previousValue}} ») : les tours avancent dans le temps.',
    historyNoDeal:
      '« history » indique qu’aucun accord n’a été conclu et ne peut donc pas avoir de champ « {{key}} » : supprimez-le, ou mettez "outcome" à "agreement".',
    historyNoPackage:
      '« history » indique qu’un accord a été conclu mais ne donne pas de "package" : nommez, pour chaque question, l’option la plus proche du texte réel.',
    historyNoAcceptedBy:
      '« history » indique qu’un accord a été conclu mais ne donne pas de "acceptedBy" : nommez les parties qui l’ont réellement accepté.',
    historyLeavesOut_one:
      'Le texte réel dans « history » omet la question {{issues}} : nommez une option pour chaque question.',
    historyLeavesOut_other:
      'Le texte réel dans « history » omet les questions {{issues}} : nommez une option pour chaque question.',
    duplicateQuestion:
      '{{where}} contient deux questions avec l’identifiant « {{id}} » : chacune doit avoir son propre identifiant.',
    duplicateAnswer:
      '{{where}} contient deux réponses avec l’identifiant « {{id}} » : chacune doit avoir son propre identifiant.',
    doubledAndComputer:
      'La partie « {{id}} » figure dans « roles » à la fois parmi les rôles à doubler et parmi les rôles confiés à l’ordinateur : une table à court de participants la confie à l’ordinateur, une table complète la double ; gardez-la dans une seule liste.',
    timingTwice: 'Deux déroulés horaires portent sur {{minutes}} minutes : n’en gardez qu’un.',
    timingSum:
      'Le déroulé horaire de {{minutes}} minutes totalise {{sum}} minutes (présentation {{briefing}} + préparation {{preparation}} + négociation {{negotiation}} + débriefing {{debrief}}) : faites en sorte que les étapes totalisent {{minutes}}.',
    turnClock:
      'Dans le déroulé horaire de {{minutes}} minutes, {{rounds}} tours de {{parties}} coups à {{clock}} secondes chacun prennent {{needed}} minutes, plus que les {{negotiation}} minutes de négociation : ramenez le chronomètre par tour à {{fit}} secondes ou donnez plus de temps à la négociation.',
    badAnswer: '{{where}} donne comme réponse « {{answer}} », qui ne figure pas parmi ses choix{{hint}}.',
    choices: ' ({{choices}})',
  },
  path: {
    missing:
      'Il n’y a pas de fichier à cet emplacement : vérifiez l’orthographe et le dossier depuis lequel vous lancez la commande.',
    notDirectory: 'Une partie de ce chemin est un fichier, non un dossier : vérifiez le chemin.',
    forbidden: 'Le fichier ne peut pas être lu : vous n’avez pas le droit de le lire.',
    isDirectory:
      'Ceci est un dossier, non un fichier : donnez le chemin vers un fichier de scénario (.json) qu’il contient.',
    tooLong: 'Ce chemin est trop long.',
    unreadable: 'Le fichier ne peut pas être lu ({{reason}}).',
    folder: 'Ceci est un dossier, non un fichier : donnez le chemin vers {{kind}} qu’il contient.',
    notRegular: 'Ceci n’est pas un fichier ordinaire (un périphérique ou un tube ?) : donnez le chemin vers {{kind}}.',
    scenarioFile: 'un fichier de scénario (.json)',
  },
  date: {
    badMonth: '« {{text}} » a pour mois {{month}} ; un mois va de 01 à 12.',
    badDay: '« {{text}} » a pour jour {{day}} ; un jour va de 01 à 31.',
    notADate:
      '« {{text}} » n’est pas une date : écrivez 2014, 2014-05 ou 2014-05-12, ou un mot suivi d’une année, le mot étant un mois, une saison, early, mid ou late (comme "spring 2014").',
  },
} as const satisfies CatalogShape<typeof english>;
