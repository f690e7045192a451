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
} as const satisfies CatalogShape<typeof english>;
