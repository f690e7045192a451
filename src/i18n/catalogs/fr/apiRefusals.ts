import type { CatalogShape } from '../../catalog.ts';
import type { apiRefusals as english } from '../en/apiRefusals.ts';

/**
 * Refusals of the classroom's requests and of a device's join, in French. Espace fine insécable
 * (U+202F) before the high punctuation and inside the guillemets.
 */
export const apiRefusals = {
  join: {
    noOptions: 'Pour rejoindre une table, il faut des options : un rôle et un code de table.',
    tooLarge: 'La demande pour rejoindre la table est trop volumineuse.',
    code: 'Un code de table compte {{length}} lettres, comme affiché au projecteur (par exemple KTMWRZ).',
    seatKey: 'Cette clé de siège n’a pas été délivrée par le serveur : rejoignez plutôt la table avec votre nom.',
    party: 'La partie à rejoindre doit être l’un des identifiants de partie de la table.',
    observerKey:
      'Cette clé d’observateur n’a pas été délivrée par le serveur : rejoignez de nouveau la classe avec votre nom.',
    instructorKey: 'La vue du formateur a besoin de la clé de formateur affichée par le serveur.',
    role: 'Rejoignez la table en tant que "seat", "projector", "observer" ou "instructor".',
    nameEmpty: 'Saisissez votre nom : il ne peut pas être vide.',
    nameNotText: '« name » est un texte : envoyez-le entre guillemets ("name": "Ana").',
    nameTooLong: 'Le nom est trop long : au plus {{max}} caractères.',
    actionNotObject: 'Un coup doit être un objet avec un « type » et une « party ».',
    actionNoType: 'Un coup doit nommer son « type ».',
  },
  classJoin: {
    noOptions: 'Pour rejoindre une classe, il faut des options : la clé de formateur ou le code de la classe.',
    instructorKey: 'La console a besoin de la clé de formateur affichée par le serveur.',
    code: 'Un code de classe compte 6 lettres, comme affiché sur la console.',
    role: 'Rejoignez une classe en tant que "instructor" ou "board".',
    wrongCode: 'Le code {{code}} n’est pas celui de cette classe.',
    boardsFull:
      'Le tableau de la classe est déjà ouvert sur {{count}} écrans : fermez-le sur l’un d’eux (une page rechargée libère sa place en une minute), puis réessayez.',
    consolesFull:
      'La console est déjà ouverte sur {{count}} appareils avec la clé de formateur : fermez-la sur l’un d’eux (une page rechargée libère sa place en une minute), puis réessayez.',
  },
  table: {
    notObject: 'Envoyez la table sous la forme d’un objet JSON.',
    parties:
      '« parties » associe l’identifiant de chaque partie à qui la joue : { "kind": "human" } ou { "kind": "computer", … }.',
    notParty: '« {{party}} » n’est pas une partie de « {{scenario}} ».',
    controller: 'Indiquez si la partie « {{party}} » est jouée par un humain ou par l’ordinateur.',
    strategy: 'Stratégie inconnue {{strategy}} pour la partie « {{party}} ».',
    difficulty: 'Difficulté inconnue {{difficulty}} pour la partie « {{party}} » : easy, normal ou hard.',
    titleEmpty: 'Saisissez le titre de la table : il ne peut pas être vide.',
    titleNotText: '« title » est un texte : envoyez-le entre guillemets ("title": "Table 1").',
    titleTooLong: 'Le titre de la table est trop long : au plus {{max}} caractères.',
    paceName: 'Le rythme est l’un de {{paces}}.',
    paceRange: 'Le rythme est un nom ({{paces}}) ou une durée de {{min}} à {{max}} ms.',
    turnClock: 'L’horloge du tour doit être comprise entre {{min}} et {{max}} secondes (ou aucune).',
    roundClock: 'L’horloge de la manche doit être comprise entre {{min}} et {{max}} secondes (ou aucune).',
    seed: 'La graine (« seed ») doit être un nombre entier.',
  },
  command: {
    notObject: 'Envoyez la commande sous la forme d’un objet JSON : { "command": … }.',
    event: '« event » a besoin de l’identifiant de l’un des événements du scénario.',
    party: '« {{command}} » a besoin de la « party » dont il change le siège.',
    computerParty: '« computer » a besoin de la « party » à confier à l’ordinateur.',
    unknown: 'Commande inconnue : {{commands}}.',
    unknownClass: 'Commande de classe inconnue : {{commands}}.',
    extendFrom:
      '« from » est le dernier tour de la table tel que votre écran l’affichait : un nombre entier à partir de 1.',
    extendFromClass:
      '« from » donne le dernier tour de chaque table tel que votre écran l’affichait, par identifiant de table : des nombres entiers à partir de 1.',
    alreadyStarted: 'La table a déjà commencé.',
    notPlaying: 'Seule une table en cours de jeu peut être mise en pause.',
    notPaused: 'La table n’est pas en pause.',
    overNoStep: 'La table est terminée : le formateur ne peut plus intervenir.',
    alreadyOver: 'La table est déjà terminée.',
    extendedSince:
      'L’échéance a changé depuis que votre écran l’a affichée : la table se termine désormais après le tour {{round}}. Rien n’a été modifié.',
    noParty: 'Il n’y a pas de partie « {{party}} » à cette table.',
    overSeats: 'La table est terminée : ses sièges ne changent plus.',
    alreadyPerson: '{{party}} est déjà jouée par une personne.',
    notHeld: 'Personne n’occupe le siège de {{party}}.',
    alreadyComputer: '{{party}} est déjà jouée par l’ordinateur.',
  },
  class: {
    notObject: 'Envoyez la classe sous la forme d’un objet JSON.',
    noHuman: 'Choisissez au moins une partie jouée par les participants (« human »).',
    observerBrief:
      '« observerBrief » vaut true (les observateurs lisent les instructions de la partie qu’ils suivent) ou false.',
    doublePerTable:
      '« doublePerTable » est le nombre de rôles que deux participants peuvent partager à une même table : 0 ou plus.',
    tablesNeeded:
      'Indiquez combien de tables ouvrir : sans liste des participants, ceux-ci sont placés à mesure qu’ils arrivent.',
    tablesRange:
      'Le nombre de tables va de 1 à {{max}}, ou « auto » (autant que la liste des participants en remplit).',
    tablesMax: 'Une classe compte au plus {{max}} tables.',
    title: 'Le titre de la classe compte de 1 à {{max}} caractères.',
  },
  scenario: {
    unnamed: 'Nommez le « scenario » à jouer (son identifiant).',
    none: 'Il n’y a pas de scénario « {{id}} » sur ce serveur.',
    language: '« {{title}} » est rédigé en {{languages}} : choisissez l’une de ces langues comme « language ».',
  },
  http: {
    noKey: 'Il faut la clé de formateur : ouvrez l’adresse du formateur affichée par le serveur.',
    wrongKey: 'Ce n’est pas la clé de formateur affichée par le serveur.',
    noTable: 'Il n’y a pas de table ouverte avec cet identifiant.',
    broken: 'Cette table n’a pas pu être restaurée après un redémarrage : {{problem}}',
    noTableCode: 'Aucune table n’a le code {{code}} : vérifiez les lettres affichées au projecteur.',
    noClass: 'Il n’y a pas de classe avec cet identifiant.',
    noTableId: 'Il n’y a pas de table avec cet identifiant : elle a peut-être déjà été supprimée.',
    classInPlay_one:
      'La table {{tables}} de cette classe est encore en jeu : arrêtez-la (Arrêter toutes les tables) avant de supprimer la classe. Rien n’a été effacé.',
    classInPlay_other:
      'Les tables {{tables}} de cette classe sont encore en jeu : arrêtez-les (Arrêter toutes les tables) avant de supprimer la classe. Rien n’a été effacé.',
    tableInPlay: 'La table {{code}} est encore en jeu : arrêtez-la avant de la supprimer. Rien n’a été effacé.',
    tableInClass:
      'Cette table appartient à la classe {{code}} : supprimez la classe, ce qui efface ses tables avec elle. Rien n’a été effacé.',
    classPage:
      'Une page de la liste des classes prend limit, un nombre entier de 1 à {{max}}, puis before, le earlier de la page précédente.',
    noClassCode: 'Aucune classe n’a le code {{code}} : vérifiez les lettres que montre le formateur.',
    noCode: 'Aucune table ni aucune classe n’a le code {{code}} : vérifiez les lettres affichées au projecteur.',
    nameEmpty: 'Saisissez votre nom pour rejoindre la classe.',
    nameNotText: '« name » est un texte : envoyez-le entre guillemets ("name": "Ana").',
    nameTooLong: 'Le nom est trop long : au plus {{max}} caractères.',
    deviceId:
      '« device » est l’identifiant que la page donne à cet appareil : omettez-le, ou envoyez un texte d’au plus {{max}} caractères.',
    classCode: 'Un code de classe compte 6 lettres, comme le formateur le montre.',
    joinCode: 'Un code de table compte 6 lettres, comme affiché au projecteur.',
    tooManyCodes:
      'Trop de codes qui n’ouvrent rien ont été saisis sur cet appareil : attendez {{seconds}} s, puis saisissez de nouveau le code.',
    noRoute: 'Cette route de l’API n’existe pas.',
    tooLarge: 'La requête est trop volumineuse : au plus {{kb}} ko.',
    notJson: 'Le corps de la requête n’est pas du JSON valide.',
    sendJson: 'Le corps de la requête doit être du JSON (Content-Type : application/json).',
    badAddress: 'L’adresse n’est pas valide : un code ou un identifiant y est altéré. Vérifiez-la et réessayez.',
    peersAway:
      'Les processus du serveur ne peuvent pas se joindre en ce moment (Redis ne répond pas) : réessayez dans un instant.',
    restoring:
      'La table {{code}} est en cours de restauration par un autre processus du serveur : patientez un instant, la page réessaie.',
    peerStale:
      'Le processus du serveur qui détient ceci a refusé la requête : elle lui est parvenue plus de {{seconds}} s après son envoi, ou les horloges des deux machines du serveur diffèrent de plus que cela. Rien n’a été fait. Réglez l’horloge de chaque machine du serveur automatiquement (NTP), puis réessayez.',
    peerElsewhere:
      'Le processus du serveur qui détient ceci a refusé la requête : elle avait été envoyée à un autre processus du serveur (une copie renvoyée par Redis). Rien n’a été fait.',
    peerReplayed:
      'Le processus du serveur qui détient ceci a refusé la requête : il avait déjà reçu cette même requête (une copie renvoyée par Redis). Rien n’a été fait deux fois.',
    peerBusy:
      'Le processus du serveur qui détient ceci a refusé la requête : les autres processus du serveur lui en ont envoyé plus en {{seconds}} s qu’il ne peut en suivre. Rien n’a été fait : réessayez dans un instant.',
    unexpected: 'Le serveur a rencontré une erreur inattendue ; les tables n’en sont pas affectées. Réessayez.',
    diskFull:
      'Le serveur n’a pas pu enregistrer ceci : le disque qui contient ses données ({{location}}) est plein. Rien n’a changé. Libérez de la place, puis réessayez ; d’ici là, les tables ne peuvent pas non plus enregistrer leurs coups.',
    notStored: 'Le serveur n’a pas pu enregistrer ceci ({{message}}) ; rien n’a changé. Réessayez.',
  },
} as const satisfies CatalogShape<typeof english>;
