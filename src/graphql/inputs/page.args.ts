import { ArgsType, Field, Int, type ClassType } from 'type-graphql';
import { PageSizeError } from '../error-code.js';
import { MAX_PAGE_SIZE } from '../limits.js';
import { decodeCursor, toConnection, type Connection } from '../types/connection.type.js';

/** What a list field answers when `first` is left out. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * `first` and `after` of a Relay connection (agreements, institutions, officials, decrees),
 * shared as type-graphql's inheritance docs share pagination arguments. `after` is declared
 * first: the emitted SDL lists the arguments in this order.
 */
@ArgsType()
export class PageArgs {
  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE })
  first!: number;
}

/** `first` alone, for a list field that is not a connection (search, an institution's agreements). */
@ArgsType()
export class FirstArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE })
  first!: number;
}

/**
 * `first` for a ranked list, described with what it counts ("At most this many officials
 * (1..100)."), so each field's documentation names its own items.
 */
export function firstArgs(items: string, defaultValue = DEFAULT_PAGE_SIZE): ClassType<FirstArgs> {
  @ArgsType()
  class RankedFirstArgs {
    @Field(() => Int, { defaultValue, description: `At most this many ${items} (1..${MAX_PAGE_SIZE}).` })
    first!: number;
  }
  return RankedFirstArgs;
}

/**
 * Checks `first`: the limits plugin refuses it before execution already (literals and
 * variables alike); checking again keeps a resolver safe when it is called another way, with
 * the same code and message.
 */
export function pageSize(first: number, fieldName?: string): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new PageSizeError(first, MAX_PAGE_SIZE, fieldName);
  }
  return first;
}

/** One page of a connection: the offset `after` points past and the checked page size. */
export interface PageWindow {
  readonly offset: number;
  readonly size: number;
}

/**
 * The paging every connection field shares: read `after` and `first`, fetch that window, wrap
 * it as a Relay connection. A cursor or size the client cannot use is refused before `fetch`.
 */
export async function connectionPage<T>(
  args: PageArgs,
  fetch: (window: PageWindow) => Promise<{ totalCount: number; offset: number; items: T[] }>,
): Promise<Connection<T>> {
  const window = { offset: decodeCursor(args.after), size: pageSize(args.first) };
  return toConnection(await fetch(window));
}
