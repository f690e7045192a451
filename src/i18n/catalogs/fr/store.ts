import type { CatalogShape } from '../../catalog.ts';
import type { store as english } from '../en/store.ts';

export const store = {
  cannotStart: 'Cette partie ne peut pas commencer : {{reason}}',
  engineNotLoaded:
    'Cette partie ne peut pas commencer : le moteur de règles ne s’est pas chargé ({{message}}) ; vérifiez la connexion et réessayez.',
  notYourTurn: 'Ce n’est pas à vous de jouer.',
  engineFailed: 'Le moteur de règles a échoué sur ce coup ({{message}}).',
  computersStuck: 'Les joueurs de l’ordinateur ne peuvent pas continuer : {{reason}}',
  noStrategy: 'Il n’existe pas de stratégie de l’ordinateur nommée « {{strategy}} » (pour {{party}}).',
  noDifficulty: 'Il n’existe pas de niveau de difficulté nommé « {{difficulty}} » (pour {{party}}).',
  fileUnreadable: 'Ce fichier n’a pas pu être lu ({{message}}).',
  legacyKept_one:
    '{{count}} partie enregistrée n’a pas encore pu être déplacée vers le nouveau stockage ; elle reste où elle était et sera déplacée lors d’une prochaine visite.',
  legacyKept_other:
    '{{count}} parties enregistrées n’ont pas encore pu être déplacées vers le nouveau stockage ; elles restent où elles étaient et seront déplacées lors d’une prochaine visite.',
  legacyCopied_one:
    'Une partie enregistrée par une ancienne version d’Accord portait le même nom qu’une partie actuelle. Les deux sont conservées : l’actuelle telle quelle, l’ancienne comme copie, que la bibliothèque affiche aussi.',
  legacyCopied_other:
    '{{count}} parties enregistrées par une ancienne version d’Accord portaient le même nom que des parties actuelles. Toutes sont conservées : les actuelles telles quelles, les anciennes comme copies, que la bibliothèque affiche aussi.',
  storageFull:
    'Cette partie n’a pas pu être enregistrée : l’espace de stockage du navigateur est plein. Rien n’a été supprimé. Choisissez des parties enregistrées à supprimer pour faire de la place ; d’ici là, un rechargement de la page perdrait les coups joués depuis le dernier enregistrement.',
  notSaved:
    'Cette partie n’a pas pu être enregistrée ({{message}}). Vous pouvez continuer à jouer, mais un rechargement de la page perdrait les coups joués depuis le dernier enregistrement.',
  playedElsewhere:
    'Cette partie a aussi été jouée dans un autre onglet ou une autre fenêtre. Les deux parties sont conservées : les coups joués là-bas dans sa sauvegarde, ceux joués ici dans une copie, que la bibliothèque affiche aussi.',
  cannotContinue: 'Cette partie enregistrée ne peut pas être reprise : {{reason}}.',
  cannotDebrief: 'Le bilan de cette partie terminée ne peut pas être reconstitué : {{reason}}.',
  notDeleted: 'Certaines parties enregistrées n’ont pas pu être supprimées ({{message}}).',
  savesUnreadable: 'Les parties enregistrées ne peuvent pas être lues dans ce navigateur ({{message}}).',
  saveUnopenable: 'La partie enregistrée « {{id}} » ne peut pas être ouverte : {{reason}}.',
  otherName: 'elle est enregistrée sous un autre nom',
  saves: {
    whoPlays: 'elle n’indique pas correctement qui joue {{party}}',
    noName: 'elle ne donne pas de nom pour la personne qui joue {{party}}',
    unknownStrategy: 'elle nomme pour {{party}} une stratégie de l’ordinateur qu’Accord ne connaît pas ({{strategy}})',
    unknownDifficulty: 'elle nomme pour {{party}} un niveau de difficulté qu’Accord ne connaît pas ({{difficulty}})',
    damaged: 'ce n’est pas une sauvegarde d’Accord (elle a peut-être été endommagée)',
    otherVersion: 'elle a été écrite par une autre version d’Accord ({{format}})',
    notSave: 'ce n’est pas une sauvegarde d’Accord',
    noTitle: 'il lui manque son titre ou son nom de fichier',
    noScenario: 'elle n’indique pas quel scénario elle joue',
    badDate: 'sa date est endommagée ({{date}})',
    badSeed: 'sa graine n’est pas un nombre entier ({{seed}})',
    badSetup: 'sa configuration (le nom des joueurs) est endommagée',
    noControllers: 'elle n’indique pas qui joue chaque partie',
    badMoves: 'sa liste de coups est endommagée',
    badReasons: 'les raisons des joueurs de l’ordinateur y sont endommagées',
    badSummary: 'son résumé (tour, partie terminée) est endommagé',
    noCopy: 'la copie de son scénario manque ou est endommagée',
    scenarioGone: 'son scénario ne se charge plus',
    scenarioGoneBecause: 'son scénario ne se charge plus ({{problem}})',
    noPlayer: 'elle n’indique pas qui joue la partie « {{party}} »',
    unknownParty: 'elle nomme une partie que le scénario n’a pas ({{party}})',
    engineFailed: 'le moteur de règles a échoué ({{message}})',
    movesNotReplayed: 'ses coups ne peuvent pas être rejoués : {{reason}}',
    moveNotReplayed: 'le coup {{move}} de la sauvegarde ne peut pas être rejoué : {{reason}}',
    olderMoveNotReplayed:
      'elle a été enregistrée par une version antérieure d’Accord ({{format}}, qui gardait les parties dans le localStorage du navigateur), dont les règles diffèrent de celles d’aujourd’hui : celles-ci ne peuvent pas rejouer son coup {{move}} ({{reason}}). La sauvegarde reste dans la liste jusqu’à ce que vous la supprimiez',
    olderFinishedMoveNotReplayed:
      'elle a été jouée avec une version antérieure d’Accord ({{format}}, qui gardait les parties dans le localStorage du navigateur), dont les règles diffèrent de celles d’aujourd’hui : celles-ci ne peuvent pas rejouer son coup {{move}} ({{reason}}), et un bilan se reconstitue en rejouant chaque coup. La bibliothèque liste la partie (qui l’a jouée, quand) jusqu’à ce que vous la supprimiez ; pour un bilan de ce cas, jouez de nouveau son scénario',
    unreadable: 'elle ne peut pas être lue ({{message}})',
    noLongerStored: 'elle n’est plus enregistrée',
    copyChanged: 'la copie de son scénario a été modifiée après l’enregistrement',
    rulesNotLoaded: 'le moteur de règles ne s’est pas chargé ({{message}})',
  },
  remote: {
    classReconnecting: 'La connexion avec la classe a été perdue : reconnexion en cours…',
    classUnreachable: 'La classe est injoignable.',
    serverSilent: 'Le serveur n’a pas répondu en {{seconds}} secondes : vérifiez la connexion et réessayez.',
    serverUnreachable: 'Le serveur de la classe est injoignable.',
    serverAnswered: 'Le serveur a répondu {{status}}.',
    serverRefused: 'Le serveur a refusé la demande ({{status}}).',
    tableFailed: 'La connexion avec la table a échoué.',
    noSeat: 'Cet appareil n’a pas de place à cette table : rejoignez-la avec votre nom.',
    noTable: 'Aucune table ouverte n’a le code {{code}}.',
    tableRefused: 'La table a refusé cet appareil.',
    retrying: 'Le serveur est injoignable : nouvelle tentative…',
    notSent: 'Pas de connexion avec la table pour le moment : rien n’a été envoyé. Réessayez dans un instant.',
    moveNotSent:
      'Pas de connexion avec la table pour le moment : votre coup n’a pas été envoyé. Réessayez dans un instant.',
    moveNoAnswer:
      'Pas de réponse de la table après {{seconds}} secondes : votre coup n’est peut-être pas arrivé. Si c’est toujours votre tour, réessayez.',
    noSuchParty: 'Cet appareil ne joue pas cette partie.',
    languageNotLoaded:
      'Les phrases dans la langue de cette table n’ont pas pu être chargées (le réseau ?) : la table s’affichera de nouveau à son prochain coup.',
  },
} as const satisfies CatalogShape<typeof english>;
