/**
 * `--help` / `-h` for every command in src/cli: the usage goes to stdout and the command exits 0
 * before it reads any file, so `npm run seed -- --help` never looks for a file named "--help".
 */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((a) => a === '--help' || a === '-h');
}

/** Prints `usage` and exits 0 when the arguments ask for help; otherwise returns. */
export function exitWithHelpIfAsked(argv: readonly string[], usage: string): void {
  if (!wantsHelp(argv)) return;
  process.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
  process.exit(0);
}

/** An argument that looks like an option but is not one: say so instead of reading it as a path. */
export function unknownOption(argv: readonly string[]): string | undefined {
  return argv.find((a) => a.startsWith('-') && a !== '-' && a !== '--');
}

export const SEED_USAGE = `usage: npm run seed -- [DIR|FILE...]

Loads agreement documents (*.txt, *.md, *.pdf; scanned PDFs through OCR) into the graph
idempotently: unchanged files are skipped by their SHA-256, an edited version of a loaded
agreement replaces it. Two versions of one agreement in the same run: the later signing date
wins, then the later file name; the other is SUPERSEDED. Default: SEED_DIR (seed/).
Prints created / updated / unchanged / failed, each failure's reason, each clash between versions
and each file left out of a folder and why; exits 1 if any failed.

Which Neo4j:
  NEO4J_URI set           that server (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)
  npm start running       its embedded Neo4j, found through NEO4J_DATA_DIR/neo4j.run.json and
                          reached over Bolt with the stored password (or NEO4J_PASSWORD)
  otherwise               starts the embedded Neo4j on NEO4J_DATA_DIR for the run, then stops it

Options:
  --parse-workers N       worker threads that parse the texts (default PARSE_WORKERS, else
                          min(cores - 1, 4), at least 1); 1 parses in the main thread
  -h, --help              this text
`;

export const PARSE_USAGE = `usage: npm run --silent parse -- FILE...

Prints each file's structured agreement as JSON on stdout (one object for one file, an array for
several). A file is a text (.txt, .md) or a PDF (text layer, or OCR with tesseract-ocr-ind for a
scan); a PDF's result also has "source" (SHA-256, pages, OCR pages). A file that cannot be read as an agreement is reported on stderr as "FILE: reason" and
the exit code is 1 (the others are still printed). No database is used.

Options:
  -h, --help              this text
`;

export const CORPUS_USAGE = `usage: npm run corpus -- --agreements N --seed S --out DIR

Writes N generated agreement texts to DIR (000000.txt …) and DIR/ground-truth.jsonl (one JSON
object a line: file, layout, expected). The same seed gives the same bytes. See docs/corpus.md.

Options:
  --agreements N          how many texts (1 to 1000000)
  --seed S                random seed (0 to 4294967295)
  --out DIR               output directory (created if missing)
  -h, --help              this text
`;

export const CORPUS_ACCURACY_USAGE = `usage: node dist/cli/corpus-accuracy.js DIR

Parses every text of a corpus written by npm run corpus and reports, per field, the share of
documents where the parser agrees with DIR/ground-truth.jsonl; writes DIR/accuracy.json.

Options:
  -h, --help              this text
`;

export const EMIT_SCHEMA_USAGE = `usage: npm run fix:schema

Builds the GraphQL schema from the code and writes schema/schema.graphql (commit the result).

Options:
  -h, --help              this text
`;
