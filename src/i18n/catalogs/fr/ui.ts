import type { CatalogShape } from '../../catalog.ts';
import type { ui as english } from '../en/ui.ts';

export const ui = {
  title: 'Accord',
  projectorMode: 'Mode projecteur',
  fullScreen: 'Plein écran',
  scenarioLibrary: 'Bibliothèque de scénarios',
  leaveTitle: 'Quitter cette partie ?',
  leaveText: 'La partie est enregistrée ; vous pourrez la reprendre depuis la bibliothèque.',
  leaveConfirm: 'Aller à la bibliothèque',
  leaveCancel: 'Rester dans la partie',
  chooseSavesToDelete: 'Choisir les parties enregistrées à supprimer…',
  dismiss: 'Fermer',
  screenFailed: 'Cet écran n’a pas pu se charger ({{reason}}) : rechargez la page.',
  pageFailed: 'Accord n’a pas pu charger cette page (le réseau est coupé ?) : rechargez-la une fois le réseau revenu.',
  computerPlayer: 'Ordinateur ({{strategy}}, {{difficulty}})',
  skipToContent: 'Aller au contenu',
  noGame: 'Aucune partie.',
  language: 'Langue',
  gameLanguageHint: 'Cette partie reste en {{game}}, la langue de son scénario ; une nouvelle partie sera en {{ui}}.',
  savesBlocked:
    'Ce navigateur ne permet pas à Accord d’enregistrer les parties (navigation privée ?) : jouez, mais un rechargement de la page fera perdre la partie.',
  savesUnreadable: 'Les parties enregistrées n’ont pas pu être lues ({{reason}}).',
  openElsewhere:
    'Cette partie est aussi ouverte dans un autre onglet ou une autre fenêtre. Jouez-la dans un seul : les coups joués dans les deux sont conservés, mais comme deux parties.',
  cancel: 'Annuler',
  storageFull: {
    title: 'Le stockage du navigateur est plein',
    withChoices:
      'La partie en cours n’a pas pu être enregistrée. Cochez les parties enregistrées dont vous n’avez plus besoin ; elles ne sont supprimées qu’après votre confirmation, puis cette partie est enregistrée.',
    withoutChoices:
      'La partie en cours n’a pas pu être enregistrée et il n’y a aucune autre partie enregistrée à supprimer. Libérez de l’espace dans les réglages du navigateur (données d’autres sites) ou continuez sans enregistrer.',
    notNow: 'Pas maintenant',
    deleteChosen: 'Supprimer les parties cochées',
    saveFinished: '{{title}} — terminée, enregistrée le {{when}} ({{size}})',
    saveRunning: '{{title}} — tour {{round}}, enregistrée le {{when}} ({{size}})',
  },
  unsaved: {
    storageFull: 'Non enregistrée : stockage plein',
    freeSpace: 'Faire de la place…',
    other: 'Non enregistrée : un rechargement perdrait les derniers coups',
    savedAgain: 'La partie est de nouveau enregistrée.',
  },
  megabytes: '{{value, number(maximumFractionDigits: 1)}} Mo',
  kilobytes: '{{value, number}} ko',
  problems: {
    heading_one: '{{file}} ne peut pas être joué : {{count}} erreur à corriger',
    heading_other: '{{file}} ne peut pas être joué : {{count}} erreurs à corriger',
    warning: '(avertissement)',
    warningsHeading_one: '{{file}} se charge, avec {{count}} avertissement : lisez-le avant de jouer',
    warningsHeading_other: '{{file}} se charge, avec {{count}} avertissements : lisez-les avant de jouer',
    workerFailed:
      'Accord n’a pas pu lire ce fichier ({{reason}}) : est-ce vraiment un fichier de scénario ? Un vrai scénario pèse quelques dizaines de kilo-octets.',
    readerStopped: 'la lecture s’est arrêtée',
  },
  instructorEntry: {
    confirmText:
      'Cette vue montre la grille confidentielle de chaque partie. Ne l’affichez pas sur l’écran commun pendant une partie.',
    title: 'Vue formateur : {{what}}',
    open: 'Ouvrir la vue formateur',
    button: 'Vue formateur (confidentielle)…',
    buttonLabel: 'Vue formateur de {{what}} : montre la grille confidentielle de chaque partie',
  },
  playAcrossDevices: 'Jouer sur plusieurs appareils…',
  playAcrossDevicesLabel:
    'Jouer sur plusieurs appareils : {{title}}, chaque stagiaire sur son appareil, la table au projecteur',
  batna: 'Votre solution de rechange (MESORE) : {{points, points}}',
  rules: {
    unanimity: 'que chaque partie à la table soutienne le texte',
    majority: 'qu’une majorité des parties soutienne le texte',
    'weighted-majority': 'que des parties détenant la majorité de l’influence soutiennent le texte',
  },
  howAgreementComes:
    'Un accord exige {{rule}}. Les négociations durent {{rounds}} tours ; un texte dont la légitimité publique est inférieure à {{threshold, number}} n’a pas d’acceptabilité sociale.',
  howAgreementComesRequired:
    'Un accord exige {{rule}}, dont {{required}}. Les négociations durent {{rounds}} tours ; un texte dont la légitimité publique est inférieure à {{threshold, number}} n’a pas d’acceptabilité sociale.',
} as const satisfies CatalogShape<typeof english>;
