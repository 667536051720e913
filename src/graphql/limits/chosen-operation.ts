import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/** The operation a request runs and the fragments it may spread, as the limits measure them. */
export interface ChosenOperation {
  readonly operation: OperationDefinitionNode;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

/**
 * The operation named `operationName` (else the first), with the document's fragments by name;
 * null when there is no such operation (validation reports that; a limit has nothing to measure).
 */
export function chosenOperation(document: DocumentNode, operationName?: string): ChosenOperation | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const operation = document.definitions.find(
    (def): def is OperationDefinitionNode =>
      def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName),
  );
  return operation ? { operation, fragments } : null;
}
