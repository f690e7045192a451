/** The types of the message catalogs: their shape and the keys a caller may ask for. */
import type { en } from './catalogs/en/index.ts';

/** A catalog with the same nested keys as `T`, any strings as values. */
export type CatalogShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]> };

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Dotted paths to the strings of `T`, plural forms folded into their base key. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${WithoutPlural<K>}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the catalogs, such as `'common.round'` or `'log.textOnTable'`. */
export type MessageKey = Paths<typeof en>;

export type Catalog = CatalogShape<typeof en>;
