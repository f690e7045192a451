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
  storageFull:
    'Cette partie n’a pas pu être enregistrée : l’espace de stockage du navigateur est plein. Rien n’a été supprimé. Choisissez des parties enregistrées à supprimer pour faire de la place ; d’ici là, un rechargement de la page perdrait les coups joués depuis le dernier enregistrement.',
  notSaved:
    'Cette partie n’a pas pu être enregistrée ({{message}}). Vous pouvez continuer à jouer, mais un rechargement de la page perdrait les coups joués depuis le dernier enregistrement.',
  cannotContinue: 'Cette partie enregistrée ne peut pas être reprise : {{reason}}.',
  notDeleted: 'Certaines parties enregistrées n’ont pas pu être supprimées ({{message}}).',
  savesUnreadable: 'Les parties enregistrées ne peuvent pas être lues dans ce navigateur ({{message}}).',
  saveUnopenable: 'La partie enregistrée « {{id}} » ne peut pas être ouverte : {{reason}}.',
  otherName: 'elle est enregistrée sous un autre nom',
} as const satisfies CatalogShape<typeof english>;
