/**
 * Example operations shown in the GraphiQL IDE served at /graphiql.
 *
 * Each entry opens as its own tab (the first one is active on first load) and is
 * listed by `title` in the "Examples" side panel; clicking a title selects the tab
 * holding that exact query, or opens a new tab with it.
 *
 * - `title`:     label shown in the Examples panel.
 * - `query`:     GraphQL document (one named operation per example keeps tab titles readable).
 * - `variables`: optional JSON string for the variables editor.
 *
 * NOTE: these are placeholders until the schema settles; replace freely.
 * GraphiQL keeps tab state in localStorage, so returning users keep their own
 * tabs; new/changed examples are always reachable through the Examples panel.
 */
export interface Example {
  title: string;
  query: string;
  variables?: string;
}

export const examples: Example[] = [
  {
    title: 'China → magnets → US automakers',
    query: `query ChinaToUsAutomakers {
  entity(id: "country:CN") {
    id
    kind
    name
  }
}
`,
  },
  {
    title: 'H20 chips ↔ rare-earth deal',
    query: `query H20Deal {
  entity(id: "company:nvidia") {
    id
    kind
    name
  }
}
`,
  },
  {
    title: 'June 2025 trade figures',
    query: `query June2025 {
  entity(id: "trade:cn-us-rare-earth-magnets-2025-06") {
    id
    name
  }
}
`,
  },
  {
    title: 'Companies in automotive, HQ in the US',
    query: `query Automakers {
  entity(id: "sector:automotive") {
    id
    name
  }
}
`,
  },
  {
    title: 'Search',
    query: `query Search {
  entity(id: "commodity:rare-earth-magnets") {
    id
    name
  }
}
`,
  },
];
