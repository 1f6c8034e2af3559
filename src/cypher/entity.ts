/** An entity node as a map with its kind label (never :Entity itself), for a node bound to `variable`. */
export const projectEntity = (variable: string) => /* cypher */ `${variable} { .*, label: head([l IN labels(${variable}) WHERE l <> 'Entity']) }`;
