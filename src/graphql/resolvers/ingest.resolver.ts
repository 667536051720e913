import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { deleteAgreement } from '../../graph/write/delete-agreement.js';
import { AgreementLoadError, loadAgreement } from '../../ingest/load-agreement.js';
import type { Context } from '../context.js';
import { BadAgreementTextError, BadUserInputError } from '../error-code.js';
import { IngestResult } from '../types/ingest-result.type.js';

/** The largest text ingestAgreement accepts; real agreements are tens of kilobytes. */
export const MAX_INGEST_CHARS = 2_000_000;

@Resolver()
export class IngestResolver {
  @Authorized()
  @Mutation(() => IngestResult, {
    description:
      'Parses an agreement text (PDF-to-text output, plain or Markdown) and loads it in one transaction. The same text again is UNCHANGED; an edited version of a loaded agreement (same numbers, or same parties and date) is UPDATED. A text that is not an agreement is refused with code BAD_AGREEMENT_TEXT and changes nothing. A PDF (text or scanned) goes to POST /documents instead, which answers with the same result. Needs Authorization: Bearer <API_TOKEN>.',
  })
  async ingestAgreement(
    @Ctx() ctx: Context,
    @Arg('text', () => String) text: string,
    @Arg('sourceName', () => String, { nullable: true }) sourceName: string | null,
  ): Promise<IngestResult> {
    if (text.length > MAX_INGEST_CHARS) {
      throw new BadUserInputError(`text is ${text.length} characters; the limit is ${MAX_INGEST_CHARS}`, {
        argumentName: 'text',
      });
    }
    try {
      const result = await loadAgreement(ctx.db, {
        text,
        sourceName: sourceName?.trim() || 'graphql:ingestAgreement',
      });
      ctx.log.info('agreement ingested', { status: result.status, agreementId: result.agreementId });
      return {
        status: result.status,
        agreement: await ctx.loaders.agreement.load(result.agreementId),
        warnings: [...result.warnings],
      };
    } catch (error) {
      if (error instanceof AgreementLoadError) {
        throw new BadAgreementTextError(error.message, error.code);
      }
      throw error;
    }
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Deletes a loaded agreement with its clauses, provisions and parties, and the institutions, officials and decrees nothing else refers to. False when there is no such agreement. Needs Authorization: Bearer <API_TOKEN>.',
  })
  deleteAgreement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteAgreement(ctx.db, id);
  }
}
