import type { CatalogShape } from '../../catalog.ts';
import type { review as english } from '../en/review.ts';

export const review = {
  thisText: 'Ce texte',
  amendedText: 'Le texte issu de cet amendement',
  supportedText: 'Le texte que vous avez soutenu',
  choice: '{{issue}} : {{option}}',
  choiceSeparator: ' ; ',
  sameText: 'le même texte',
  costTo: '{{points, number(useGrouping: false)}} pour la partie {{party}}',
  moreTo: '{{points, number(useGrouping: false)}} de plus pour la partie {{party}}',
  othersCost: ', au prix de {{list}}',
  othersGive: ', sans rien coûter à personne, en donnant {{list}}',
  othersNone: ', sans rien coûter à personne',
  tablingTextKept:
    'Déposer plutôt le texte avec {{changes}} vous aurait fait gagner {{gain, points(useGrouping: false)}} de plus{{others}}.',
  tablingTextSame: 'Déposer plutôt le texte avec {{changes}} vous aurait donné autant{{others}}.',
  tablingTextCost:
    'Déposer plutôt le texte avec {{changes}} vous aurait coûté {{gain, points(useGrouping: false)}}{{others}}.',
  tablingAmendKept:
    'Déposer plutôt l’amendement avec {{changes}} vous aurait fait gagner {{gain, points(useGrouping: false)}} de plus{{others}}.',
  tablingAmendSame: 'Déposer plutôt l’amendement avec {{changes}} vous aurait donné autant{{others}}.',
  tablingAmendCost:
    'Déposer plutôt l’amendement avec {{changes}} vous aurait coûté {{gain, points(useGrouping: false)}}{{others}}.',
  stayingTextKept:
    'Rester à la table et déposer le texte avec {{changes}} vous aurait fait gagner {{gain, points(useGrouping: false)}} de plus{{others}}.',
  stayingTextSame: 'Rester à la table et déposer le texte avec {{changes}} vous aurait donné autant{{others}}.',
  stayingTextCost:
    'Rester à la table et déposer le texte avec {{changes}} vous aurait coûté {{gain, points(useGrouping: false)}}{{others}}.',
  stayingAmendKept:
    'Rester à la table et déposer l’amendement avec {{changes}} vous aurait fait gagner {{gain, points(useGrouping: false)}} de plus{{others}}.',
  stayingAmendSame: 'Rester à la table et déposer l’amendement avec {{changes}} vous aurait donné autant{{others}}.',
  stayingAmendCost:
    'Rester à la table et déposer l’amendement avec {{changes}} vous aurait coûté {{gain, points(useGrouping: false)}}{{others}}.',
  concededMost:
    'Vous avez cédé {{points, points(useGrouping: false)}} sur « {{most}} », la question à laquelle vous tenez le plus, tout en gardant votre option préférée sur « {{least}} », celle à laquelle vous tenez le moins : cédez d’abord là où cela vous coûte le moins.',
  concededLeast:
    'Vous avez cédé sur « {{least}} », la question à laquelle vous tenez le moins, et gardé « {{most}} » : la concession la moins chère d’abord.',
  crossesOwnRedLine: '{{what}} franchit votre propre ligne rouge.',
  crossesRedLineOf_one: 'Il franchit la ligne rouge de la partie {{parties}}, qui s’y oppose d’emblée.',
  crossesRedLineOf_other: 'Il franchit les lignes rouges des parties {{parties}}, qui s’y opposent d’emblée.',
  textGives: '{{what}} vous donne {{own, points(useGrouping: false)}}.',
  textUnderNoDeal:
    '{{what}} vous donne {{own, points(useGrouping: false)}}, moins que ce que vous obtenez sans accord ({{noDeal, points(useGrouping: false)}}) : le déposer invite un accord pire que l’absence d’accord.',
  textIsNash:
    '{{what}} est le point de Nash de la table : le partage qui maximise le produit des gains de chacun par rapport à l’absence d’accord, sur la frontière.',
  textOnFrontier:
    '{{what}} est sur la frontière : aucun texte ne donne davantage à quelqu’un sans coûter à un autre, et il vous donne {{own, points(useGrouping: false)}}.',
  textOnFrontierWithinRedLines:
    '{{what}} est sur la frontière des textes qui ne franchissent la ligne rouge de personne : aucun d’eux ne donne davantage à quelqu’un sans coûter à un autre, et il vous donne {{own, points(useGrouping: false)}}.',
  textOffFrontier:
    '{{what}} est en deçà de la frontière : un autre texte donne à chaque partie au moins autant, et {{lost, points(useGrouping: false)}} de plus au total.',
  supportedUnderNoDeal:
    'Vous avez soutenu un texte qui vous vaut {{own, points(useGrouping: false)}}, moins que ce que vous obtenez sans accord ({{noDeal, points(useGrouping: false)}}) : s’il est adopté, vous serez moins bien loti que sans aucun accord.',
  objectingKeeps:
    'Vous opposer à ce texte vous aurait conservé ce que vous obtenez sans accord ({{noDeal, points(useGrouping: false)}}).',
  supportedAbove:
    'Vous avez soutenu un texte qui vous vaut {{own, points(useGrouping: false)}}, {{above, number(useGrouping: false)}} de plus que sans accord.',
  supportedAboveFrontier:
    'Vous avez soutenu un texte qui vous vaut {{own, points(useGrouping: false)}}, {{above, number(useGrouping: false)}} de plus que sans accord, et situé sur la frontière.',
  supportedAboveFrontierWithinRedLines:
    'Vous avez soutenu un texte qui vous vaut {{own, points(useGrouping: false)}}, {{above, number(useGrouping: false)}} de plus que sans accord, et situé sur la frontière des textes qui ne franchissent la ligne rouge de personne.',
  supportedDominated:
    'Vous avez soutenu un texte qui vous vaut {{own, points(useGrouping: false)}} ({{above, number(useGrouping: false)}} de plus que sans accord), alors qu’un autre texte donnait à chaque partie au moins autant, et davantage à certaines.',
  objectedUnderNoDeal:
    'Vous vous êtes opposé à un texte qui vous vaut {{own, points(useGrouping: false)}}, moins que ce que vous obtenez sans accord ({{noDeal, points(useGrouping: false)}}).',
  objectedBest:
    'Vous vous êtes opposé à un texte qui vous vaut {{own, points(useGrouping: false)}}, {{above, number(useGrouping: false)}} de plus que sans accord, alors qu’aucun texte encore adoptable ne vous donnait davantage.',
  supportingBacks: 'Le soutenir vous aurait assuré {{above, points(useGrouping: false)}} de plus que sans accord.',
  keepingSupportBacks:
    'Maintenir plutôt votre soutien vous aurait assuré {{above, points(useGrouping: false)}} de plus que sans accord.',
  objected: 'Vous vous êtes opposé à un texte qui vous vaut {{own, points(useGrouping: false)}}.',
  objectedCarriable:
    'Vous vous êtes opposé à un texte qui vous vaut {{own, points(useGrouping: false)}} ; un texte adoptable vous donnait jusqu’à {{best, points(useGrouping: false)}}.',
  voteUnderNoDeal:
    'Vous avez mis aux voix un texte qui vous vaut {{own, points(useGrouping: false)}}, moins que ce que vous obtenez sans accord ({{noDeal, points(useGrouping: false)}}).',
  voteCarried:
    'Votre vote a fait adopter un texte qui vous vaut {{own, points(useGrouping: false)}}, {{above, number(useGrouping: false)}} de plus que sans accord.',
  voteFailed:
    'Vous avez mis aux voix un texte qui vous vaut {{own, points(useGrouping: false)}} ; il n’a pas été adopté.',
  walkedAway: 'Vous avez quitté la table : sans accord, vous obtenez {{noDeal, points(useGrouping: false)}}.',
  walkedAwayNothingBetter:
    'Vous avez quitté la table (sans accord, vous obtenez {{noDeal, points(useGrouping: false)}}) : aucun texte encore adoptable ne vous donnait davantage.',
  walkedAwayCarriable:
    'Vous avez quitté la table (sans accord, vous obtenez {{noDeal, points(useGrouping: false)}}) alors qu’un texte vous donnant {{best, points(useGrouping: false)}} pouvait encore être adopté.',
  walkedAwayCarriableOnTable:
    'Vous avez quitté la table (sans accord, vous obtenez {{noDeal, points(useGrouping: false)}}) alors qu’un texte vous donnant {{best, points(useGrouping: false)}} pouvait encore être adopté, et que le texte sur la table vous donnait déjà {{table, points(useGrouping: false)}}.',
  walkedAwayStillBound: 'Un accord que les autres adoptent sans vous vous lie tout de même.',
  walkedAwayBoundAsLittle:
    'Un accord que les autres adoptent sans vous vous lie tout de même : ils pourraient en adopter un qui vous donne {{worst, points(useGrouping: false)}}.',
  walkedAwayBoundStayingHeld:
    'Un accord que les autres adoptent sans vous vous lie tout de même : ils pourraient en adopter un qui vous donne {{worst, points(useGrouping: false)}}, alors qu’en restant pour vous y opposer vous auriez gardé au moins {{floor, points(useGrouping: false)}}.',
  passed: 'Vous avez passé votre tour.',
  passedNoText: 'Vous avez passé votre tour sans texte sur la table.',
  passedUnderNoDealSilently:
    'Vous avez passé votre tour face à un texte qui vous vaut {{own, points(useGrouping: false)}}, moins que ce que vous obtenez sans accord ({{noDeal, points(useGrouping: false)}}), sans vous y opposer : votre silence le laisse passer.',
  objectingRecords:
    'Vous opposer aurait fait savoir que vous préférez garder ce que vous obtenez sans accord ({{noDeal, points(useGrouping: false)}}).',
  passedWhileCarriableTable:
    'Vous avez passé votre tour alors qu’un texte adoptable vous donnait {{best, points(useGrouping: false)}}, {{gain, number(useGrouping: false)}} de plus que le texte sur la table.',
  passedWhileCarriableNoDeal:
    'Vous avez passé votre tour alors qu’un texte adoptable vous donnait {{best, points(useGrouping: false)}}, {{gain, number(useGrouping: false)}} de plus que sans accord.',
  passedDecisive:
    'Vous avez passé votre tour alors que votre seul soutien aurait conclu un accord qui vous vaut {{own, points(useGrouping: false)}}, {{above, number(useGrouping: false)}} de plus que sans accord.',
  supportingCloses: 'Le soutenir aurait conclu l’accord à {{own, points(useGrouping: false)}} pour vous.',
  amendmentNoTable: 'Un amendement.',
  supportNoTable: 'Un soutien sans texte sur la table.',
  objectionNoTable: 'Une opposition sans texte sur la table.',
  voteNoTable: 'Un vote sans texte sur la table.',
  talk: 'Un échange en marge du texte : il ne change par lui-même les points de personne.',
  statedLiveable:
    'Un mot au tour de table : chaque texte que vous avez nommé vous donne au moins les points que vous obtenez sans accord.',
  statedUnderNoDeal:
    'Vous avez dit pouvoir accepter le texte {{version}}, qui vous vaut {{own, points(useGrouping: false)}}, moins que ce que vous obtenez sans accord ({{noDeal, points(useGrouping: false)}}) : redéposé et adopté, il vous lierait.',
  evidencePresented: 'Élément de preuve présenté.',
  evidenceAgainstYou:
    '« {{evidence}} » plaide contre des options auxquelles vous tenez : le présenter joue contre vous.',
  showedToIndifferent:
    'Vous avez montré « {{evidence}} » à la partie {{party}}, qui ne tient à rien de ce qu’il défend : aucune de ces options ne lui rapporte de points.',
  showingToTable: 'Le montrer plutôt à toute la table aurait atteint une partie qui gagne à ce qu’il défend.',
  showingTo: 'Le montrer plutôt à la partie {{party}} aurait atteint une partie qui gagne à ce qu’il défend.',
  presentedStrong:
    'Vous avez présenté à toute la table un élément de preuve rigoureux (« {{evidence}} ») en faveur d’options auxquelles vous tenez : il fait évoluer la légitimité publique et résiste à une contestation.',
  presented: 'Vous avez présenté « {{evidence}} », qui plaide pour des options auxquelles vous tenez.',
  presentedWeak:
    'Vous avez présenté « {{evidence}} », qui plaide pour des options auxquelles vous tenez (élément fragile : une contestation le mettrait en défaut).',
  challengeExposed: 'Votre contestation a montré que « {{evidence}} » est un élément de preuve fragile.',
  challengeUpheld:
    'Vous avez contesté « {{evidence}} » pour un défaut qu’il ne présente pas : l’élément a été maintenu et la contestation vous a coûté de la crédibilité.',
  challengeContested: 'Vous avez contesté « {{evidence}} » ; l’élément a été fragilisé.',
  wroteTo: 'La partie {{party}} a écrit en privé à la partie {{to}}.',
  running: 'La partie est toujours en cours (tour {{round}}).',
  agreement: 'Accord au tour {{round}}.',
  noDeal: 'Pas d’accord (tour {{round}}) : {{reason}}',
  nashWould:
    'Au point de Nash de la table, vous auriez gagné {{claimed, points(useGrouping: false)}} et la table {{created, number(useGrouping: false)}}.',
  noNash:
    'Aucun texte ne dépassait les points sans accord de chaque partie présente : la table n’avait pas de point de Nash.',
  valueNoDeal: 'Pas d’accord : vous avez conservé vos points sans accord et la table n’a rien créé.',
  valueDeal:
    'Vous avez obtenu {{claimed, points(useGrouping: false)}} de plus que sans accord ; l’accord a créé {{created, points(useGrouping: false)}} pour la table.',
  missedTrade:
    'Vous n’avez jamais proposé à la partie {{party}} l’échange entre « {{keep}} » et « {{give}} » : vous tenez davantage à « {{keep}} », la partie {{party}} davantage à « {{give}} ».',
  proposingOnDeal:
    'Proposer {{changes}} sur l’accord final vous aurait fait gagner {{gain, points(useGrouping: false)}} de plus{{others}}.',
  proposingOnText:
    'Proposer {{changes}} sur le dernier texte vous aurait fait gagner {{gain, points(useGrouping: false)}} de plus{{others}}.',
  text: {
    heading: 'Analyse de la partie : {{title}}. {{outcome}}',
    move: '[tour {{round}}, coup {{index}}] {{text}}',
    better: 'Mieux : {{text}}',
    reason: 'Sa raison : {{reason}}',
    rated: '{{rating}} : {{text}}',
    noMoves: 'Aucun coup.',
    missedLogrolls: 'Échanges de concessions manqués :',
    ratings: 'Évaluations : {{counts}}.',
    ratingCount: '{{rating}} : {{count}}',
    best: 'Meilleurs moments :',
    worst: 'Pires moments :',
    value: 'Valeur : {{sentence}}',
    curve:
      'Courbe des concessions (points de sa propre position ; sans accord {{noDeal, number(useGrouping: false)}}, meilleur résultat possible à la fin {{best, number(useGrouping: false)}}) : {{rounds}}.',
    curveRound: 'tour {{round}} {{points, number(useGrouping: false)}}',
    curveRoundNone: 'tour {{round}} –',
    rating: { best: 'excellent', good: 'bon', inaccuracy: 'imprécision', mistake: 'erreur', blunder: 'gaffe' },
  },
} as const satisfies CatalogShape<typeof english>;
