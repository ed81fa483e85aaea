import { tableDesign } from "./table-design.ts";

/** The primary key of one stored item. */
export interface ItemKey {
  pk: string;
  sk: string;
}

/** Builds one key string from the facts it needs; `never` lets each composition name its own facts. */
type Compose = (facts: never) => string;

/** A global index entry: its partition and sort composition, and (if not every item has one) when. */
interface IndexDeclaration {
  pk: Compose;
  sk: Compose;
  when?: (facts: never) => boolean;
}

/**
 * One item kind of the single table, declared once: its type discriminator (stream consumers pick
 * changes by it), its key, its index entries and its time to live. Every writer, reader and test
 * derives key strings from the declaration, so the strings already stored cannot drift by a typo.
 */
export interface ItemDeclaration {
  /** Absent only for the profile items, which were stored without one and no stream consumer reads. */
  type?: string;
  pk: Compose;
  sk: Compose;
  /** A literal prefix every sort key of this kind starts with, for `begins_with` Queries. */
  skPrefix?: string;
  gsi1?: IndexDeclaration;
  gsi2?: IndexDeclaration;
  gsi3?: IndexDeclaration;
  gsi4?: IndexDeclaration;
  /** Epoch seconds after which DynamoDB may delete the item; undefined keeps it. */
  ttl?: (facts: never) => number | undefined;
}

type In<F> = F extends (facts: infer I) => unknown ? I : unknown;
type IndexFacts<D, N extends string> =
  D extends Record<N, infer X extends IndexDeclaration>
    ? In<X["pk"]> & In<X["sk"]> & In<NonNullable<X["when"]>>
    : unknown;
type TtlFacts<D> = D extends { ttl: infer T } ? In<T> : unknown;

/** Every fact an item of kind `D` needs for its key, index entries and time to live. */
export type ItemFacts<D extends ItemDeclaration> = In<D["pk"]> &
  In<D["sk"]> &
  IndexFacts<D, "gsi1"> &
  IndexFacts<D, "gsi2"> &
  IndexFacts<D, "gsi3"> &
  IndexFacts<D, "gsi4">;

const indexes = tableDesign.globalIndexes;

/** Declares an item kind; see `ItemDeclaration`. */
export const defineItem = <const D extends ItemDeclaration>(declaration: D) => {
  type Facts = ItemFacts<D> & TtlFacts<D>;
  const key = (facts: In<D["pk"]> & In<D["sk"]>): ItemKey => ({
    pk: declaration.pk(facts as never),
    sk: declaration.sk(facts as never),
  });
  const indexEntries = (facts: ItemFacts<D>): Record<string, string> =>
    Object.fromEntries(
      indexes.flatMap((index) => {
        const entry = declaration[index.indexName];
        if (!entry || (entry.when && !entry.when(facts as never))) return [];
        return [
          [index.partitionKey, entry.pk(facts as never)],
          [index.sortKey, entry.sk(facts as never)],
        ];
      }),
    );
  return {
    ...declaration,
    key,
    indexEntries,
    /**
     * The whole stored item: key, index entries, time to live and type, then the record's own
     * attributes (in that order, as every repository wrote them before the declarations existed).
     */
    item: (facts: Facts, attributes: object = {}): ItemKey & Record<string, unknown> => {
      const expires = declaration.ttl?.(facts as never);
      return {
        ...key(facts),
        ...indexEntries(facts),
        ...(declaration.ttl ? { [tableDesign.timeToLiveAttribute]: expires } : {}),
        ...(declaration.type ? { type: declaration.type } : {}),
        ...attributes,
      };
    },
  };
};
