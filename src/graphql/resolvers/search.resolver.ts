import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { searchGraph } from '../../graph/read/search-queries.js';
import type { SearchHitNode } from '../answer-nodes.js';
import { Carried } from '../carried-fields.js';
import type { Context } from '../context.js';
import { FirstArgs, pageSize } from '../inputs/page.args.js';
import { parseSearchInput } from '../parse-search-input.js';
import { primeAgreement, primeClause } from '../loaders/prime-loaders.js';
import { selectedEntries } from '../field-selection.js';
import { selectsPath } from '../selects-path.js';
import { Agreement } from '../types/agreement.type.js';
import { Clause } from '../types/clause.type.js';
import { SearchHit } from '../types/search-hit.type.js';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over clause, provision and definition text and the names of agreements, institutions, officials and decrees. The text is words, never query syntax: any of the words may match; a "quoted phrase" must match as a phrase; an agreement whose document number is the whole text (or one of its words) comes first. At most 1,000 characters and 32 words; a text with no letter or digit is refused (BAD_USER_INPUT).',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('text', () => String) text: string,
    @Args(() => FirstArgs) { first }: FirstArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHitNode[]> {
    // The hit's agreement and article come back with the hit when selected, so the field
    // resolvers below are answered from the primed loaders instead of two more round trips.
    const query = parseSearchInput(text, 'text');
    const size = pageSize(first, 'search');
    if (query === null) return [];
    const withAgreement = selectsPath(info, ['agreement']);
    const withClause = selectsPath(info, ['clause']);
    // The matched text (a kilobyte per clause) is read only to cut the snippet.
    const withSnippet = selectsPath(info, ['snippet']);
    // Only the fields the request selects are read (field-selection.ts); such a partial record is
    // the answer's alone, never handed to a loader, whose values must be whole.
    const agreementFields = withAgreement ? selectedEntries(info, ['agreement'], 'Agreement') : null;
    const clauseFields = withClause ? selectedEntries(info, ['clause'], 'Clause') : null;
    const hits = await searchGraph(ctx.db, query, size, {
      withAgreement,
      withClause,
      withSnippet,
      agreementFields,
      clauseFields,
    });
    // The hits are the answer as the graph layer built them: the agreement and the article travel
    // on the hit (null when it has none), read by graphql-js as properties (carried-fields.ts), and
    // are absent when not selected. Whole records also prime the loaders.
    for (const hit of hits) {
      if (withAgreement && !agreementFields && hit.agreementId) {
        primeAgreement(ctx.loaders, hit.agreementId, hit.agreement ?? null);
      }
      if (hit.clause && !clauseFields) primeClause(ctx.loaders, hit.clause);
    }
    return hits;
  }

  @FieldResolver(() => Agreement, { nullable: true })
  @Carried()
  agreement(@Root() hit: SearchHitNode, @Ctx() ctx: Context): Promise<Agreement | null> {
    return hit.agreementId ? ctx.loaders.agreement.load(hit.agreementId) : Promise.resolve(null);
  }

  @FieldResolver(() => Clause, {
    nullable: true,
    description: 'The article the match is in, when it is in one.',
  })
  @Carried()
  clause(@Root() hit: SearchHitNode, @Ctx() ctx: Context): Promise<Clause | null> {
    return hit.clauseId ? ctx.loaders.clause.load(hit.clauseId) : Promise.resolve(null);
  }
}
