import type { CatalogShape } from '../../catalog.ts';
import type { genius as english } from '../en/genius.ts';

/**
 * The GENIUS import and export in French. GENIUS's own names (elements, attributes, types such as
 * « discrete ») stay as the files write them; « it » in an English refusal is « l’élément ».
 */
export const genius = {
  at: '{{element}} : {{message}}',
  xml: {
    doctype:
      'Le fichier déclare un type de document (<!DOCTYPE> ou <!ENTITY>). Les fichiers GENIUS n’en déclarent jamais, et Accord les refuse parce que des entités peuvent faire d’un petit fichier des gigaoctets : supprimez cette déclaration.',
    notWellFormed: 'Ce XML n’est pas bien formé : {{reason}}',
    tooDeep:
      'Le XML compte plus de {{max}} niveaux d’imbrication ; un fichier GENIUS en a cinq. Est-ce le bon fichier ?',
    unreadable: 'Ce XML ne peut pas être lu : {{reason}}',
    noElement: 'Le fichier ne contient aucun élément XML.',
  },
  read: {
    notANumber: 'la valeur « {{raw}} » de l’attribut {{name}} n’est pas un nombre.',
    noAttribute: 'l’élément n’a pas d’attribut {{name}}.',
    severalObjectives: 'l’élément contient plusieurs objectifs ; un domaine GENIUS n’en a qu’un.',
    nestedObjectives:
      'des objectifs imbriqués dans d’autres objectifs (un arbre d’objectifs) ne peuvent pas être repris : les questions d’Accord sont côte à côte. Aplatissez l’arbre en questions.',
    domainIssueNoIndex:
      'GENIUS lit l’attribut index de chaque question du domaine, par lequel les profils lui associent leurs questions et leurs poids, et ne peut pas charger une question de domaine qui n’en a pas. Écrivez index="…" sur la question « {{issue}} », un nombre entier qu’aucune autre question du domaine n’a.',
    integerDomainBounds:
      'GENIUS lit les bornes de la question entière « {{issue}} » dans les attributs lowerbound et upperbound de l’élément <issue> du domaine lui-même (pas dans un élément <range>), et ne peut pas charger le domaine qui ne les donne pas. Écrivez lowerbound="…" upperbound="…" sur cet élément <issue>.',
    realDomainRange:
      'GENIUS lit les bornes de la question réelle « {{issue}} » dans un élément <range> placé dans l’élément <issue> du domaine (pas dans ses attributs), et ne peut pas charger le domaine qui n’en a pas. Ajoutez <range lowerbound="…" upperbound="…"/> à cet élément <issue>.',
    boundsReversed: 'sa borne supérieure {{upper}} est inférieure à sa borne inférieure {{lower}}.',
    issueNoName: 'la question n’a pas de nom.',
    itemNoValue: 'un élément <item> de la question « {{issue}} » n’a pas de valeur.',
    valueTwice: 'la valeur « {{value}} » figure deux fois dans la question « {{issue}} ».',
    issueNoValues: 'la question « {{issue}} » n’a pas de valeurs (éléments <item>).',
    profileNotDomain:
      'ceci est un profil (il donne des poids), pas un domaine : indiquez d’abord le fichier de domaine, puis les profils.',
    notDomain: 'un fichier de domaine GENIUS commence par <negotiation_template> : est-ce le bon fichier ?',
    noUtilitySpace: 'l’élément ne contient pas d’élément <utility_space> avec les questions.',
    noIssues: 'le domaine n’a aucune question.',
    issueNameTwice: 'deux questions s’appellent « {{issue}} ».',
    issueIndexTwice: 'deux questions ont l’index {{index}}.',
    notDomainValue: 'la valeur « {{value}} » n’est pas une valeur de la question « {{issue}} » du domaine.',
    noEvaluation: 'la valeur « {{value}} » n’a pas d’évaluation.',
    noEvaluator:
      'la question « {{issue}} » (de type {{kind}}) n’a pas d’élément <evaluator> qui dise comment ses valeurs sont notées.',
    similarityFormat:
      'la question « {{issue}} » est écrite dans l’ancien format à fonctions de similarité de GENIUS (type « price », ou un élément <similarity_function> fait d’éléments <criteria_function> au lieu d’un élément <evaluator> ou d’évaluations), conçu pour ses premiers agents ABMP : il dit à quel point deux valeurs se ressemblent, pas ce que vaut chacune, il n’y a donc pas d’utilité à reprendre. Donnez à la question un élément <evaluator> linéaire (question numérique) ou une évaluation pour chaque valeur (question discrète), comme le font les profils GENIUS plus récents.',
    blankProfile:
      'le profil ne donne d’évaluation à aucune de ses valeurs (ses poids totalisent {{weights}}) : c’est un profil GENIUS vierge, un modèle dont les préférences n’ont jamais été remplies, il n’y a donc rien à noter. Donnez une évaluation à chaque valeur et un poids à chaque question, ou choisissez un profil rempli.',
    notLinear:
      'son évaluation « {{ftype}} » n’est ni linéaire ni constante : Accord ne peut reprendre que des évaluations linéaires des questions numériques (constante + pente × valeur) et des évaluations constantes.',
    realConstantParameter:
      'GENIUS lit l’évaluation constante de la question réelle « {{issue}} » dans parameter0, et ne peut pas charger un profil qui ne le donne pas. Écrivez parameter0="…".',
    typeMissing:
      'GENIUS choisit l’évaluateur de la question « {{issue}} » d’après l’attribut type de l’élément <issue> du profil lui-même, pas d’après le domaine, et tient une question qui n’en a pas pour discrète ; la question du domaine est de type {{kind}}, GENIUS ne peut donc pas noter ses valeurs. Écrivez type="{{kind}}" sur cet élément <issue>.',
    typeMismatch:
      'GENIUS choisit l’évaluateur de la question « {{issue}} » d’après l’attribut type de l’élément <issue> du profil lui-même, pas d’après le domaine : type="{{type}}" donne un évaluateur de type {{here}}, et la question du domaine est de type {{kind}}, GENIUS ne peut donc pas noter ses valeurs. Écrivez type="{{kind}}" sur cet élément <issue>.',
    realParameters:
      'GENIUS ne lit l’évaluation linéaire de la question réelle « {{issue}} » que dans parameter0 (la constante) et parameter1 (la pente), et ne peut pas charger un profil qui ne les donne pas (offset et slope sont ceux des questions entières). Écrivez parameter0="…" parameter1="…".',
    integerParameters:
      'GENIUS ne lit l’évaluation linéaire de la question entière « {{issue}} » que dans offset et slope, et ne peut pas charger un profil qui ne les donne pas (parameter0 et parameter1 sont ceux des questions réelles). Écrivez offset="…" slope="…".',
    realNoRange:
      'GENIUS lit les bornes de la question réelle « {{issue}} » dans un élément <range> placé dans l’élément <issue> du profil lui-même, et ne peut pas charger un profil qui n’en a pas. Ajoutez <range lowerbound="…" upperbound="…"/> à cet élément <issue>, avec les bornes du domaine.',
    realNoFtype:
      'GENIUS évalue la question réelle « {{issue}} » avec la fonction que nomme l’attribut ftype de son élément <evaluator>, et ne peut pas charger un profil dont l’évaluateur n’en a pas. Écrivez ftype="linear".',
    notWhole:
      'GENIUS lit {{name}} comme un nombre entier écrit en chiffres seulement, et ne peut pas charger le fichier avec {{name}}="{{raw}}". Écrivez un nombre entier (12, et non 12.5 ou 12.0) ; une question dont les valeurs ne sont pas des nombres entiers est une question réelle.',
    profileIssueNoIndex:
      'GENIUS associe les questions d’un profil à celles du domaine par leur attribut index, et ne peut pas charger une question de profil qui n’en a pas. Écrivez index="{{index}}", l’index de la question « {{issue}} » dans le domaine.',
    integerNoBounds:
      'GENIUS compte la question entière « {{issue}} » à partir de l’attribut lowerbound de l’élément <issue> du profil lui-même, et y lit aussi son upperbound (pas dans un élément <range>) ; il ne peut pas charger un profil qui ne les donne pas, et compter à partir de la borne inférieure du domaine ({{lower}}) pourrait donner d’autres utilités. Ajoutez lowerbound="…" upperbound="…" à cet élément <issue>.',
    domainNotProfile:
      'ceci est un fichier de domaine, pas un profil : indiquez le fichier de domaine une seule fois, en premier, puis un profil par partie.',
    notProfile: 'un profil GENIUS commence par <utility_space> : est-ce le bon fichier ?',
    notAdditive: 'son espace d’utilité est de type « {{type}} » : Accord ne peut reprendre que des profils additifs.',
    nonLinear:
      'le profil note des combinaisons de valeurs (utilité non linéaire) : les grilles de points d’Accord donnent des points par option et ne peuvent pas la reprendre.',
    otherDomain:
      'le domaine ({{domain}}) n’a pas de question nommée « {{issue}} » : est-ce le profil d’un autre domaine ?',
    indexMismatch:
      'la question « {{issue}} » a l’index {{here}} ici mais {{domain}} dans le domaine. GENIUS associe les questions et les poids d’un profil à ceux du domaine par leur index, pas par leur nom : il noterait donc cette question avec les évaluations d’une autre. Donnez à chaque question l’index qu’elle a dans le domaine.',
    issueMissing: 'le profil ne dit rien de la question « {{issue}} ».',
    noWeight: 'il n’y a pas d’élément <weight index="{{index}}"> pour la question « {{issue}} ».',
    negativeWeight: 'le poids de la question « {{issue}} » est négatif ({{weight}}).',
    negativeScale: 'son attribut accord-scale ({{scale}}) est négatif.',
  },
  import: {
    profileCount: 'Indiquez de 2 à {{max}} profils, un par partie ; nombre de profils indiqués : {{given}}.',
    tooManyIssues: 'Le domaine compte {{issues}} questions ; un scénario Accord en compte au plus {{max}}.',
    singleValue:
      'Question « {{issue}} » : elle n’a qu’une valeur ; une question d’Accord a de 2 à 8 options. Retirez la question du domaine.',
    tooManyValues:
      'Question « {{issue}} » : elle a {{values}} valeurs ; une question d’Accord a au plus {{max}} options. Regroupez des valeurs ou choisissez un domaine plus petit.',
    integerManyValues:
      'Question « {{issue}} » : c’est une question entière aux très nombreuses valeurs (de {{lower}} à {{upper}}) ; les questions d’Accord ont de 2 à {{max}} options. Importez de nouveau avec --discretise N (de 2 à {{max}}) pour proposer N valeurs régulièrement espacées.',
    integerValues:
      'Question « {{issue}} » : c’est une question entière à {{values}} valeurs (de {{lower}} à {{upper}}) ; les questions d’Accord ont de 2 à {{max}} options. Importez de nouveau avec --discretise N (de 2 à {{max}}) pour proposer N valeurs régulièrement espacées.',
    realIssue:
      'Question « {{issue}} » : c’est une question réelle (de {{lower}} à {{upper}}) ; les questions d’Accord ont de 2 à {{max}} options. Importez de nouveau avec --discretise N (de 2 à {{max}}) pour proposer N valeurs régulièrement espacées.',
    tooNarrow: 'Question « {{issue}} » : son intervalle est trop étroit pour proposer deux options.',
    discretised:
      'La question « {{issue}} » ({{kind}}, de {{lower}} à {{upper}}) est devenue {{options}} options : {{labels}} ; les accords entre ces valeurs ne sont pas sur la table.',
    scale:
      'Points : utilité GENIUS × {{scale}} pour chaque partie (utilité 1 = {{scale}} points) ; chaque MESORE est sa valeur de réservation sur la même échelle.',
    scaleWhereMissing:
      'Points : utilité GENIUS × {{scale}} pour chaque partie dont le profil ne donne pas d’attribut accord-scale (utilité 1 = {{scale}} points) ; chaque MESORE est sa valeur de réservation sur la même échelle.',
    accordScale:
      'Points : les profils écrits par Accord portent leur échelle (accord-scale) et leurs décalages (accord-offset), qui rétablissent les points exportés.',
    longName: 'La question « {{issue}} » a un nom long : son titre a été raccourci.',
    noReservation: '{{file}} ne donne pas de valeur de réservation : sa MESORE est de 0 point, comme dans GENIUS.',
    aboveOne:
      'Des ensembles dépassent l’utilité 1 (le meilleur a {{utility}} ; ses poids totalisent {{weights}}), et GENIUS compte toute utilité au-delà de 1 comme 1 : des ensembles à égalité à 1 dans GENIUS différeraient dans Accord, dont les points s’additionnent option par option et ne peuvent pas s’arrêter à un plafond. Réduisez ses poids pour qu’aucun ensemble ne dépasse 1 (des poids qui totalisent 1 y suffisent), puis importez de nouveau.',
    bestAboveOne:
      '{{file}} : son meilleur ensemble a une utilité de {{utility}} (ses poids totalisent {{weights}}), que GENIUS compte comme 1 ; tous les autres ensembles et sa valeur de réservation sont en dessous de 1, donc l’ordre de ses préférences entre les ensembles et sa MESORE est celui de GENIUS, et seul son meilleur ensemble vaut {{points}} points de plus que ne le dit GENIUS.',
    discountDropped:
      '{{file}} : le facteur d’actualisation {{discount, number}} a été abandonné : dans Accord, un accord vaut autant à chaque tour ; l’échéance est un nombre de tours.',
    pointsOutside:
      'Ses points atteindraient {{points}}, au-delà des ±{{max}} d’Accord : ses poids ou sa valeur de réservation sont-ils loin de l’intervalle 0 à 1 ?',
    fullPrecision:
      '{{name}} : l’espace des issues ({{packages, number}} ensembles) est trop grand pour vérifier l’arrondi ; ses points gardent toute leur précision.',
    noRounding:
      '{{name}} : aucun arrondi à {{max}} décimales ou moins ne conserve exactement l’ordre de ses préférences entre les {{packages, number}} ensembles et sa MESORE ; ses points gardent toute leur précision.',
    keptAsWritten_zero:
      '{{name}} : points repris tels que les écrit le profil exporté par Accord (accord-points, points entiers) ; rien n’a été arrondi.',
    keptAsWritten_one:
      '{{name}} : points repris tels que les écrit le profil exporté par Accord (accord-points, jusqu’à {{count}} décimale) ; rien n’a été arrondi.',
    keptAsWritten_other:
      '{{name}} : points repris tels que les écrit le profil exporté par Accord (accord-points, jusqu’à {{count}} décimales) ; rien n’a été arrondi.',
    rounded_one:
      '{{name}} : points arrondis à {{count}} décimale, ce qui conserve exactement l’ordre de ses préférences entre les {{packages, number}} ensembles et sa MESORE.',
    rounded_other:
      '{{name}} : points arrondis à {{count}} décimales, ce qui conserve exactement l’ordre de ses préférences entre les {{packages, number}} ensembles et sa MESORE.',
  },
  placeholder: {
    title: 'Domaine GENIUS',
    emptyLabel: '(vide)',
    partyName: 'Partie {{number}}',
    partyDescription:
      'Qui est la partie « {{name}} », telle que tous les joueurs la voient (importée du profil GENIUS {{file}}).',
    partyBrief:
      'Les instructions confidentielles de la partie « {{name}} » : ce qu’elle veut, ce qui compte le plus dans sa grille de points, ce qu’elle peut échanger. Ses points viennent du profil GENIUS {{file}}.',
    batnaDescription:
      'Ce que fait la partie « {{name}} » sans accord (valeur de réservation GENIUS : {{reservation}}).',
    summary:
      'Un paragraphe pour la bibliothèque de scénarios : ce qui est négocié, par qui, et pourquoi c’est important (importé du domaine GENIUS {{file}}).',
    objective: 'Ce qu’un participant doit savoir faire après avoir joué.',
    background:
      'Le briefing public que chaque joueur lit avant les pourparlers : qui se réunit, où, quand et pourquoi.',
    lesson: 'La leçon que le débriefing doit faire ressortir.',
    whatHappened: 'Ce sur quoi le cas repose, ou ce qui se passe d’ordinaire quand on le joue.',
    question: 'Une question pour la discussion en classe.',
  },
  export: {
    issueNotAtStart:
      'La question « {{issue}} » n’a aucune option sur la table au début (des événements les ajoutent) : GENIUS n’a pas d’événements, la question est donc laissée de côté.',
    optionNotAtStart:
      'L’option « {{option}} » de la question « {{issue}} » n’est pas sur la table au début (un événement l’ajoute) : GENIUS n’a pas d’événements, elle est donc laissée de côté.',
    ruleDependsOnPlay:
      'La règle de score « {{rule}} » n’est pas reprise : sa condition dépend d’autre chose que des options retenues (légitimité, tours, éléments de preuve ou départs), et les profils GENIUS notent chaque question séparément.',
    ruleTiesIssues:
      'La règle de score « {{rule}} » n’est pas reprise : sa condition lie plusieurs questions ({{issues}}), et les profils GENIUS notent chaque question séparément.',
    legitimacy:
      'La conséquence de la légitimité publique n’est pas reprise : elle dépend de l’ensemble entier, et les profils GENIUS notent chaque question séparément.',
    events_one:
      '{{count}} événement n’est pas repris : GENIUS n’a pas d’événements ; les profils donnent donc les grilles de points et les MESORE du début du jeu.',
    events_other:
      '{{count}} événements ne sont pas repris : GENIUS n’a pas d’événements ; les profils donnent donc les grilles de points et les MESORE du début du jeu.',
    agreementRule:
      'La règle d’accord ({{rule}}) n’est pas reprise : les protocoles GENIUS exigent l’acceptation de chaque partie.',
    batnaAboveBest:
      'La MESORE de la partie « {{name}} » dépasse son meilleur ensemble ({{best}} points), ce que GENIUS ne peut pas exprimer : sa valeur de réservation est 1, à égalité avec son meilleur ensemble.',
  },
} as const satisfies CatalogShape<typeof english>;
