/**
 * An entity node as a map with its labels, for a node bound to `variable`; parseEntity
 * (entity.model.ts) takes the kind from them. Picking the kind in Node rather than with a list
 * comprehension here matters: a statement has one such expression per entity it returns, and each
 * is one more scope for the engine's semantic analysis (about a tenth of the planning time of the
 * entity page's statement).
 */
export const projectEntity = (variable: string) => /* cypher */ `${variable} { .*, ${labelsOf(variable)} }`;

/** The projection item every entity map carries: its labels, from which parseEntity reads the kind. */
export const labelsOf = (variable: string) => `labels: labels(${variable})`;
