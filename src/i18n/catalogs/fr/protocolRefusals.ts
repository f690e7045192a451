import type { CatalogShape } from '../../catalog.ts';
import type { protocolRefusals as english } from '../en/protocolRefusals.ts';

/**
 * Refusals of an action log, an oversized message and a class roster, and the analysis's phases, in
 * French. Espace fine insécable (U+202F) before the high punctuation and inside the guillemets.
 */
export const protocolRefusals = {
  replay: {
    actionNotObject:
      'Le coup {{index}} (en comptant à partir de 0) doit être un objet comme { "type": "pass", "party": "…" }.',
    actionNoType: 'Le coup {{index}} (en comptant à partir de 0) n’a pas de « type » connu (l’un de {{types}}).',
    actionExtraField:
      'Le coup {{index}} (en comptant à partir de 0) a un champ « {{field}} » qu’un coup « {{type}} » n’a pas : supprimez-le (le journal a peut-être été modifié).',
    actionProto:
      'Le coup {{index}} (en comptant à partir de 0) a une clé « __proto__ » dans son texte proposé : supprimez-la (le journal a peut-être été modifié).',
    notObject: 'Un journal d’actions doit être un objet JSON.',
    notLog: 'Ce n’est pas un journal d’actions d’Accord (« format » devrait valoir « accord-log/1 »).',
    extraField:
      'Le journal d’actions a un champ « {{field}} » qu’Accord n’écrit pas : supprimez-le (un journal d’actions n’a que {{fields}}).',
    noScenario: 'Le journal d’actions doit nommer son scénario : "scenario": { "id": …, "version": … }.',
    badSeed: '« seed » doit être un nombre entier de 0 à 4294967295 ; valeur trouvée : {{value}}.',
    missing: 'aucune',
    noActions: 'Le journal d’actions doit avoir une liste « actions ».',
    setupNotObject: '« setup » doit être un objet comme { "players": { "city": "Ana" } }.',
    setupExtraField: '« setup » a un champ « {{field}} » qu’Accord n’écrit pas : supprimez-le.',
    playersNotMap: '« setup.players » doit associer des identifiants de partie à des noms.',
    playerNotText: '« setup.players » donne à « {{party}} » un nom qui n’est pas du texte.',
    reasonsNotMap: '« reasons » doit associer des numéros de coup à des phrases, comme { "3": "soutient : …" }.',
    reasonsBadKey: '« reasons » a une clé « {{key}} » qui n’est pas le numéro d’un coup du journal (de 0 à {{last}}).',
    reasonNotText: '« reasons » donne au coup {{key}} une raison qui n’est pas du texte.',
    otherScenario: 'Le journal a été enregistré sur le scénario « {{logged}} », non sur « {{scenario}} ».',
    otherVersion:
      'Le journal a été enregistré sur la version {{logged}} de « {{scenario}} », mais le fichier est en version {{version}}.',
  },
  message: {
    tooLarge: 'Le message est trop volumineux ({{size}} caractères ; au plus {{limit}}) : rien n’a été fait.',
  },
  roster: {
    notList: 'La liste des participants est une liste de noms, un par participant.',
    tooLong: 'La liste des participants est trop longue : au plus {{max}} noms.',
    emptyName:
      'Le nom {{n}} de la liste des participants est vide : supprimez la ligne ou tapez le nom du participant.',
    nameTooLong:
      'Le nom {{n}} de la liste des participants (« {{start}}… ») est trop long : au plus {{max}} caractères.',
    twice:
      'La liste des participants contient deux fois « {{name}} » (noms {{first}} et {{second}}) : ajoutez une initiale ou un nom de famille pour distinguer chaque participant.',
    byHandNeeded:
      'Le placement à la main a besoin de « seating » : la table, la partie et le rôle de chaque participant.',
    byHandOrder:
      'Le placement à la main doit placer chaque nom de la liste des participants une fois, dans l’ordre de la liste.',
    table: 'La table de « {{name}} » doit être l’une des {{tables}} tables de la classe.',
    party: 'La partie de « {{name}} » doit être l’une de celles que jouent les participants ({{parties}}).',
    role: 'Le rôle de « {{name}} » est "player", "double" (partager le siège d’une partie) ou "observer".',
    seatFull:
      'La table {{table}} compte plus de deux participants pour la partie « {{party}} » : un siège en accueille deux au plus.',
    placement: 'Placez la liste des participants en mode "random", "balanced" ou "manual" (à la main).',
  },
  seating: {
    trainees_one: '{{count}} participant',
    trainees_other: '{{count}} participants',
    tables_one: '{{count}} table',
    tables_other: '{{count}} tables',
    base: '{{trainees}} pour {{seats}} sièges à {{tables}}',
    doubles_one: '{{count}} partage un rôle avec un autre participant',
    doubles_other: '{{count}} partagent un rôle avec un autre participant',
    observers_one: '{{count}} observe',
    observers_other: '{{count}} observent',
    free_one: '{{count}} siège reste libre (confiez-le à l’ordinateur ou pourvoyez-le plus tard)',
    free_other: '{{count}} sièges restent libres (confiez-les à l’ordinateur ou pourvoyez-les plus tard)',
    separator: ' ; ',
    sentence: '{{clauses}}.',
  },
  phases: {
    enumerate: 'énumération des ensembles',
    skyline: 'ensembles non dominés',
    frontier: 'frontière de Pareto',
    search: 'recherche',
    extremes: 'points extrêmes',
  },
  steps: {
    space: 'l’espace des résultats',
    frontier: 'la frontière de Pareto',
    bargaining: 'les solutions de négociation',
    zone: 'la zone d’accord',
    warnings: 'les avertissements de rédaction',
  },
} as const satisfies CatalogShape<typeof english>;
