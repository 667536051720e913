import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from '../error-code.js';

@ObjectType({ simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** A Relay connection type for `Node`, named `<name>Connection` with `<name>Edge` edges. */
export function connectionType<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'Opaque; pass as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionClass {
    @Field(() => Int, { description: 'How many items match, over all pages.' })
    totalCount!: number;

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/** Cursors are opaque to clients; inside they are offsets into the ordered result. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw new BadUserInputError(`'after' is not a cursor this API issued: ${JSON.stringify(cursor)}`, {
      argumentName: 'after',
    });
  }
  return Number(match[1]) + 1;
}

/**
 * An edge whose cursor is encoded when read: graphql-js reads `cursor` only when the request
 * selects it, and most pages (the bench's, the explorer's) never do, so an unread cursor costs
 * nothing instead of a base64 encoding per item. The value read is the same as before.
 */
class PageEdge<T> {
  constructor(
    readonly node: T,
    private readonly offset: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.offset);
  }
}

export function toConnection<T>(page: { totalCount: number; offset: number; items: T[] }): Connection<T> {
  const edges = page.items.map((node, i) => new PageEdge(node, page.offset + i));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
