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
 * Every example runs against the seed (seed/data) and returns data. The IDE's browser test
 * (test/integration/browser.test.ts) runs the FIRST example and reads only the part of the
 * response pane that is on screen (about 35 lines), so keep that example's key rows
 * (company:ford, country:US) near the top of its response.
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
    query: `# The path from China's magnet factories to US car plants, read from the car plant back:
# each US automaker, the magnets it uses, and who makes them, every hop with its sources.
query ChinaToUsAutomakers {
  # US automakers that use rare-earth magnets (the filter runs in the database) …
  companies(
    where: {
      sectors: { id: { eq: "sector:automotive" } }
      headquarteredIn: { id: { eq: "country:US" } }
      uses: { id: { eq: "commodity:rare-earth-magnets" } }
    }
  ) {
    totalCount
    nodes {
      id
      name
      headquarteredIn { node { id name } }
      # … what each one uses, and the reports that say so …
      uses {
        node {
          id
          name
          # … and who makes it: share of world output and year, each figure with its source.
          ... on Commodity {
            producers {
              node { id name }
              share
              year
              note
              sources { title publisher url }
            }
          }
        }
        note
        sources { title publisher url }
      }
    }
  }
}
`,
  },
  {
    title: 'H20 chips ↔ rare-earth deal',
    query: `# Nvidia's H20 chip, its link to the June 2025 rare-earth agreement, and what officials
# said about the July 2025 resumption of H20 sales — Howard Lutnick: "We put that in the
# trade deal with the magnets."
query H20Deal {
  chip: entity(id: "commodity:nvidia-h20") {
    id
    name
    description
    ... on Commodity {
      makers { node { id name } }
      linkedTo {
        nature
        node { id kind name }
        sources { title publisher url }
      }
    }
  }
  resumption: entity(id: "event:nvidia-h20-sales-resumption-2025-07") {
    id
    name
    ... on Event {
      date
      statementsAbout {
        node { id name }
        on
        summary
        quote
        venue
        sources { title publisher url }
      }
    }
  }
}
`,
  },
  {
    title: 'June 2025 trade figures',
    query: `# China's rare-earth magnet exports as China's customs reported them: to the US and to the
# world in June 2025, the world in May 2025 and the first half of 2025.
query June2025TradeFigures {
  cnUsJune: entity(id: "trade:cn-us-rare-earth-magnets-2025-06") { ...Figure }
  cnWorldJune: entity(id: "trade:cn-world-rare-earth-magnets-2025-06") { ...Figure }
  cnWorldMay: entity(id: "trade:cn-world-rare-earth-magnets-2025-05") { ...Figure }
  cnWorldH1: entity(id: "trade:cn-world-rare-earth-magnets-2025-h1") { ...Figure }
}

fragment Figure on TradeObservation {
  id
  period
  quantity
  unit
  # Percent changes exactly as the source reported them (660 means +660%).
  changes { basis percent comparedTo }
  exporter { id name }
  importer { id name }
  note
  sources { title publisher url }
}
`,
  },
  {
    title: 'US automakers (filtered list)',
    query: `# A filtered, paged list: relationship filters match when SOME related entity matches,
# and every field given must match (AND). Pass pageInfo.endCursor as \`after\` for the next page.
query UsAutomakers {
  companies(
    where: {
      sectors: { id: { eq: "sector:automotive" } }
      headquarteredIn: { id: { eq: "country:US" } }
    }
    orderBy: { field: NAME }
    first: 20
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name
      uses { node { id name } note }
    }
  }
}
`,
  },
  {
    title: 'Search',
    query: `# Full-text search over names, aliases, descriptions and summaries; an exact name or
# alias ranks first (exact: true). Narrow it with kinds: [COMMODITY, POLICY].
query Search($text: String!) {
  search(text: $text) {
    score
    exact
    entity { id kind name }
  }
}
`,
    variables: `{
  "text": "rare earth magnets"
}
`,
  },
  {
    title: 'Policies of April 2025',
    query: `# Dates compare as text, so "2025-04" ≤ announced < "2025-05" is every day of April 2025.
# Who issued each policy, and what it answered.
query PoliciesOfApril2025 {
  policies(
    where: { announced: { gte: "2025-04", lt: "2025-05" } }
    orderBy: { field: ANNOUNCED }
  ) {
    totalCount
    nodes {
      id
      name
      policyType
      status
      announced
      issuedBy { node { id kind name } on }
      respondsTo { node { id name } note }
    }
  }
}
`,
  },
];
