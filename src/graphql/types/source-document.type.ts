import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'The document an agreement was loaded from: a text, or a PDF and the text read from it.',
})
export class SourceDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'File name or the sourceName given to ingestAgreement or POST /documents.',
  })
  name!: string;

  @Field(() => String, {
    description:
      "SHA-256 (hex) of the document as received: the PDF file's bytes, or the text's UTF-8 bytes. The same document again is UNCHANGED.",
  })
  sha256!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'SHA-256 of the text the spans index into (equal to sha256 for a text; the extracted text for a PDF). Null for sources stored before it was kept.',
  })
  textSha256!: string | null;

  @Field(() => String, { description: 'application/pdf, text/plain or text/markdown.' })
  mediaType!: string;

  @Field(() => Int, { nullable: true, description: 'Pages of the PDF; null for a text.' })
  pageCount!: number | null;

  @Field(() => Boolean, {
    description: 'Whether any page had no text layer and was read by OCR (Tesseract, Indonesian model).',
  })
  ocr!: boolean;

  @Field(() => [Int], { description: 'The pages read by OCR (1-based); empty when none was.' })
  ocrPages!: number[];

  @Field(() => Int, {
    nullable: true,
    description: 'Length of the stored text, in UTF-16 code units (what span offsets count).',
  })
  length!: number | null;

  @Field(() => GraphQLISODateTime)
  loadedAt!: string;
}
