import type { CatalogShape } from '../../catalog.ts';
import type { server as english } from '../en/server.ts';

export const server = {
  classTitle: '{{title}} (classe)',
  seatFreed: 'Le formateur a libéré votre siège ({{party}}).',
  seatToComputer: 'Le formateur a confié votre siège ({{party}}) à un négociateur de l’ordinateur.',
  tableFinished: 'Cette table est terminée : demandez au formateur le code d’une nouvelle table.',
  noSuchParty: 'Il n’y a pas de partie « {{party}} » à cette table.',
  playedByComputer: 'La partie {{party}} est jouée par l’ordinateur à cette table : choisissez une autre partie.',
  seatHeld:
    'La partie {{party}} est déjà tenue par {{holders}}. Choisissez une partie libre ; si ce siège est le vôtre, reconnectez-vous depuis l’appareil qui l’a pris.',
  everySeatTaken: 'Tous les sièges de cette table sont pris : adressez-vous au formateur.',
  classTable:
    'Cette table fait partie d’une classe : rejoignez-la avec le code de classe {{code}} et votre nom, et la classe vous attribue votre siège.',
  instructorOnly: 'Seul le formateur peut intervenir à une table.',
  notYourParty: 'Vous tenez le siège de la partie {{mine}} : vous ne pouvez pas agir pour la partie {{other}}.',
  notYourPartyUnknown: 'Vous tenez le siège de la partie {{mine}} : vous ne pouvez pas agir pour une autre partie.',
  waiting: 'La table commence quand tous les sièges sont pris (ou quand le formateur la lance).',
  paused: 'Le formateur a suspendu la table : attendez la reprise.',
  over: 'La négociation est terminée : plus aucun coup n’est accepté.',
  broken: 'Cette table n’a pas pu être restaurée : adressez-vous au formateur.',
  unknownMessage: 'Message inconnu « {{type}} » : un appareil envoie « action », « worksheet » ou « reflection ».',
  notInstructorKey: 'Ce n’est pas la clé de formateur affichée par le serveur.',
  wrongCode: 'Le code {{code}} n’est pas celui de cette table.',
  observerKey: 'Cette clé d’observateur n’ouvre pas cette table : rejoignez de nouveau la classe avec votre nom.',
  seatKey:
    'La clé de siège de cet appareil n’ouvre aucun siège à cette table (le siège a peut-être été libéré) : rejoignez de nouveau la table.',
  seatNoLongerHeld: 'Votre siège n’est plus tenu par cet appareil.',
  tableDeleted:
    'Le formateur a supprimé cette table : ses coups et les noms qui y figuraient sont effacés. Vous pouvez fermer cette page.',
  classDeleted:
    'Le formateur a supprimé cette classe : ses tables, les noms, les fiches de préparation et les réflexions de sortie sont effacés. Vous pouvez fermer cette page.',
  seatOpenedElsewhere: 'Votre siège a été ouvert dans un autre onglet ou sur un autre appareil avec sa clé de siège.',
  watchersFull:
    'Cette table est déjà affichée sur {{count}} écrans de projection : fermez-la sur l’un d’eux, puis réessayez. Les sièges restent réservés aux participants.',
  moveNotStored: 'Le serveur n’a pas pu enregistrer ce coup ({{message}}) ; rien n’a changé : réessayez.',
  seatNotStored:
    'Le serveur n’a pas pu enregistrer votre siège ({{why}}) ; rien n’a changé : réessayez dans un instant.',
  diskFull: 'son disque est plein : prévenez le formateur',
  tooManyMessages: 'Trop de messages : au plus {{count}} toutes les {{seconds}} secondes. Patientez un instant.',
  seatFlooded:
    'L’appareil de ce siège a envoyé trop de messages à la fois et a été déconnecté : le siège rouvre dans {{seconds}} s.',
  onlySeats: 'Seul un siège peut agir à la table.',
  deviceLostSeat: 'Cet appareil ne tient plus son siège.',
  notOnRoster:
    '« {{name}} » ne figure pas sur la liste de cette classe : saisissez votre nom tel que le formateur l’a écrit, ou adressez-vous à lui.',
  alreadyJoined:
    '{{name}} a déjà rejoint cette classe depuis un autre appareil : revenez à cet appareil (il garde votre siège), ou demandez au formateur de libérer votre siège.',
  /** An open class: a namesake on another device (a place not yet opened; the first device may ask again). */
  namesake:
    'Quelqu’un du nom de {{name}} a déjà rejoint cette classe depuis un autre appareil. Si ce n’est pas vous, ajoutez votre nom de famille ou une initiale ({{name}} B.) ; si c’est vous, revenez à cet appareil, ou demandez au formateur de libérer votre siège.',
  classSeatToComputer:
    'Votre siège ({{party}}, table {{table}}) est tenu par l’ordinateur pour l’instant : demandez au formateur de vous le rendre, puis rejoignez la classe.',
  classFull: 'Cette classe est complète : {{max}} participants l’ont rejointe. Adressez-vous au formateur.',
  yourTableBroken: 'Votre table n’a pas pu être restaurée : adressez-vous au formateur.',
  restore: {
    otherLanguage:
      'Son scénario « {{scenario}} » n’est plus écrit en « {{language}} », la langue de la table. Remettez cette version en place et redémarrez le serveur.',
    missing:
      'Son scénario « {{scenario}} » n’est plus dans {{dir}} (le fichier a été supprimé, renommé, ou ne se charge plus). Remettez-le en place et redémarrez le serveur.',
    version:
      'Son scénario « {{scenario}} » est passé de la version {{was}} à la version {{now}} : ses coups ne peuvent plus être rejoués. Remettez l’ancienne version en place et redémarrez le serveur.',
    unreadable: 'Son coup enregistré n° {{move}} n’est pas du JSON lisible : la base de données a été endommagée.',
    noReplay: 'Ses coups enregistrés ne se rejouent plus (coup {{move}} : {{reason}})',
    unknownParty: 'Elle nomme une partie « {{party}} » que le scénario n’a plus.',
  },
} as const satisfies CatalogShape<typeof english>;
