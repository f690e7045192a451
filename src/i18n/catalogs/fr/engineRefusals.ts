import type { CatalogShape } from '../../catalog.ts';
import type { engineRefusals as english } from '../en/engineRefusals.ts';

/**
 * Why the engine refuses a move, in French. A party's gender and number are unknown: sentences make
 * "la partie « X »" their subject, so verbs and participles agree with "partie". Espace fine
 * insécable (U+202F) before « : ; ! ? » and inside the guillemets.
 */
export const engineRefusals = {
  quoted: '« {{text}} »',
  nobody: 'aucune',
  notAnObject: 'Un coup doit être un objet avec un « type » et une « party ».',
  unreadable: 'Le coup n’a pas pu être lu : envoyez un simple objet JSON.',
  unknownType: 'Type de coup inconnu : {{type}}.',
  unknownParty: 'Partie inconnue : {{party}}.',
  over: 'La négociation est terminée : plus aucun coup n’est accepté.',
  paused: 'Le formateur a suspendu la séance : attendez la reprise du jeu.',
  walkedAway: 'La partie « {{party}} » a quitté la table et ne peut plus agir.',
  notYourTurn: 'Ce n’est pas à la partie « {{party}} » de jouer. Partie qui a la main : {{active}}.',
  notAllowed: 'Le protocole de ce scénario n’autorise pas le coup « {{type}} ».',
  talkUsed_one:
    'La partie « {{party}} » a utilisé son coup de discussion de ce tour ({{count}} au plus) ; un coup principal (proposer, soutenir, passer…) met fin au tour.',
  talkUsed_other:
    'La partie « {{party}} » a utilisé ses coups de discussion de ce tour ({{count}} au plus) ; un coup principal (proposer, soutenir, passer…) met fin au tour.',
  trackTwoPropose:
    'La partie « {{party}} » relève de la voie II et ne peut pas proposer de texte : seules les parties de la voie I déposent des textes. Elle peut faire valoir ses positions par des messages privés, présenter et contester des éléments de preuve, former des coalitions, et soutenir le texte sur la table ou s’y opposer.',
  trackTwoAmend:
    'La partie « {{party}} » relève de la voie II et ne peut pas amender de texte : seules les parties de la voie I déposent des textes. Elle peut faire valoir ses positions par des messages privés, présenter et contester des éléments de preuve, former des coalitions, et soutenir le texte sur la table ou s’y opposer.',
  noPackage: 'Une proposition a besoin d’un « package » : un identifiant d’option pour chaque question.',
  proposalUnknownIssue: 'La proposition nomme une question inconnue : {{issue}}.',
  proposalMissingIssue: 'La proposition doit choisir une option pour la question « {{issue}} ».',
  notAnOption: '{{option}} n’est pas une option de la question « {{issue}} ».',
  optionNotOnTable: 'L’option « {{option}} » de la question « {{issue}} » n’est pas sur la table.',
  alreadyTheText: 'Ce texte est déjà celui qui est sur la table.',
  nothingToAmend: 'Il n’y a pas de texte sur la table à amender ; proposez-en un.',
  unknownIssue: 'Question inconnue : {{issue}}.',
  alreadySays: 'Le texte sur la table retient déjà « {{option}} » pour la question « {{issue}} ».',
  nothingToSupport: 'Il n’y a pas de texte sur la table à soutenir.',
  alreadySupports: 'La partie « {{party}} » soutient déjà le texte sur la table.',
  nothingToObject: 'Il n’y a pas de texte sur la table auquel s’opposer.',
  alreadyObjects: 'La partie « {{party}} » s’oppose déjà au texte sur la table.',
  nothingToVote: 'Il n’y a pas de texte sur la table à mettre aux voix.',
  nothingTabled: 'Aucun texte n’a encore été déposé : il n’y a rien que vous puissiez dire accepter.',
  liveWithOnce: 'La partie « {{party}} » a déjà dit à ce tour quels textes elle pourrait accepter.',
  liveWithVersions: 'Nommez les textes que vous pourriez accepter par leur version, chacune une fois, de 1 à {{max}}.',
  unknownEvidence: 'Élément de preuve inconnu : {{evidence}}.',
  notHolder: 'La partie « {{party}} » ne détient pas l’élément de preuve « {{evidence}} ».',
  evidenceUnavailable: 'L’élément de preuve « {{evidence}} » n’est pas disponible.',
  evidenceTooLate:
    'L’élément de preuve « {{evidence}} » ({{date}}) n’a été connu qu’après le dernier tour de cette négociation.',
  evidenceFrom:
    'L’élément de preuve « {{evidence}} » a été connu en {{date}} : il peut être présenté à partir du tour {{round}}.',
  presentTo: 'Un élément de preuve est présenté (« to ») à un identifiant de partie ou à toutes (« all »).',
  presentToSelf: 'Une partie ne peut pas se présenter un élément de preuve à elle-même.',
  leftTable: 'La partie « {{party}} » a quitté la table.',
  presentedToAll: 'L’élément de preuve « {{evidence}} » a déjà été présenté à toutes les parties.',
  presentedTo: 'L’élément de preuve « {{evidence}} » a déjà été présenté à la partie « {{party}} ».',
  notPresented: 'L’élément de preuve « {{evidence}} » n’a pas été présenté.',
  challengeOwn: 'Une partie ne peut pas contester ses propres éléments de preuve.',
  notShown: 'L’élément de preuve « {{evidence}} » n’a pas été montré à la partie « {{party}} ».',
  alreadyChallenged: 'L’élément de preuve « {{evidence}} » a déjà été contesté.',
  flawMissing: 'Une contestation nomme le défaut allégué, parmi : {{flaws}}.',
  flawNeeded: 'Une contestation nomme le défaut allégué, parmi : {{flaws}} (et non {{flaw}}).',
  coalitionSelf: 'Une partie ne peut pas se proposer une coalition à elle-même.',
  sameCoalition: 'Les parties « {{party}} » et « {{to}} » sont déjà dans la même coalition.',
  offerPending: 'Une offre entre les parties « {{party}} » et « {{to}} » est déjà en attente.',
  notOffered: 'La partie « {{from}} » n’a pas proposé de coalition à la partie « {{party}} ».',
  notInCoalition: 'La partie « {{party}} » n’est dans aucune coalition.',
  messageSelf: 'Une partie ne peut pas s’envoyer un message privé à elle-même.',
  messageEmpty: 'Un message privé doit contenir du texte.',
  messageTooLong: 'Un message privé ne peut dépasser {{max}} caractères.',
  stepNotAnObject:
    'Une intervention du formateur doit être un objet avec « type » valant « facilitate » et un « step ».',
  stepUnreadable: 'L’intervention n’a pas pu être lue : envoyez un simple objet JSON.',
  unknownStep: 'Intervention du formateur inconnue : {{step}} ; choix possibles : {{steps}}.',
  stepOver: 'La négociation est terminée : le formateur ne peut plus intervenir.',
  alreadyPaused: 'La séance est déjà suspendue.',
  notPaused: 'La séance n’est pas suspendue.',
  unknownEvent: 'Le scénario ne comporte pas d’événement {{event}}.',
  eventHappened: 'L’événement « {{title}} » a déjà eu lieu.',
  noSeat: 'La partie « {{name}} » a quitté la table : il n’y a pas de siège à confier.',
} as const satisfies CatalogShape<typeof english>;
