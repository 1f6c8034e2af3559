/**
 * Example operations shown in the GraphiQL IDE served at /graphiql.
 *
 * The first entry is the IDE's one tab on first load (unless the URL names an
 * operation: /graphiql/?query=…&variables=…); every entry is listed by `title` in the
 * "Examples" side panel, where clicking a title selects the tab holding that exact
 * query, or opens a new tab with it.
 *
 * - `title`:     label shown in the Examples panel.
 * - `query`:     GraphQL document (one named operation per example keeps tab titles readable).
 * - `variables`: optional JSON string for the variables editor.
 *
 * Every example runs against the seed (seed/data) and returns data. The IDE's browser test
 * (test/integration/browser.test.ts) runs the FIRST example and reads only the part of the
 * response pane that is on screen (about 35 lines), so keep that example's key rows
 * (company:ford, country:US, commodity:rare-earth-magnets) near the top of its response; the
 * same test also reads the first example's result as `companies.nodes[…].uses[…].producers`,
 * so the first example stays a `companies` query.
 * The research examples (paths, tradeSeries, exposure, concentration, timeline, …) are documented
 * with their responses in docs/API.md#research-queries.
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
      headquarteredIn { edges { node { id name } } }
      # … what each one uses, and the reports that say so …
      uses {
        edges {
          node {
            id
            name
            # … and who makes it: share of world output and year, each figure with its source.
            ... on Commodity {
              producers {
                edges {
                  node { id name }
                  relationship {
                    share
                    year
                    note
                    sources { title publisher url }
                  }
                }
              }
            }
          }
          relationship {
            note
            sources { title publisher url }
          }
        }
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
      makers { edges { node { id name } } }
      linkedTo {
        edges {
          node { id kind name }
          relationship {
            nature
            sources { title publisher url }
          }
        }
      }
    }
  }
  resumption: entity(id: "event:nvidia-h20-sales-resumption-2025-07") {
    id
    name
    ... on Event {
      date
      statementsAbout {
        edges {
          node { id name }
          relationship {
            on
            summary
            quote
            venue
            sources { title publisher url }
          }
        }
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
    title: 'Path: China → magnets → US automakers (paths)',
    query: `# The same question as the first example, asked of the graph directly: the shortest routes
# from China to every US automaker (the target is a companies filter). Each step carries every
# relationship joining its two ends (China's share of magnet output for several years), each with
# its sources; citations lists every source along the path once.
query ChinaToUsAutomakerPaths {
  paths(
    from: "country:CN"
    to: {
      companies: {
        sectors: { id: { eq: "sector:automotive" } }
        headquarteredIn: { id: { eq: "country:US" } }
      }
    }
  ) {
    length
    nodes { id kind name }
    steps {
      from { id }
      to { id }
      relationships {
        __typename
        type
        from { id }
        to { id }
        ... on ProducesRelationship { share stage year }
        ... on UsesRelationship { note }
        sources { title publisher }
      }
    }
    citations { title publisher url }
  }
}
`,
  },
  {
    title: 'H20 ↔ deal (paths)',
    query: `# How Nvidia's H20 chip is tied to the June 2025 US-China rare-earth agreement: the three
# shortest distinct routes (k: 3), with the nature of each link and the sources.
query H20AndTheDealPaths {
  paths(
    from: "commodity:nvidia-h20"
    to: { id: "policy:us-china-london-framework-2025-06" }
    k: 3
  ) {
    length
    nodes { id kind name }
    steps {
      relationships {
        __typename
        type
        from { id }
        to { id }
        ... on LinkedToRelationship { nature }
      }
    }
    citations { title publisher url }
  }
}
`,
  },
  {
    title: 'Trade series: China → world, magnets',
    query: `# China's rare-earth magnet exports over time. Points not reported anywhere are back-computed
# from a reported change (derived: true, with the formula); each reported change is checked
# against the two reported quantities (disagrees: true beyond the reported rounding).
# The US flow shows June 2025's "+660%" against the +667.4% its own figures give.
query ChinaMagnetExportSeries {
  world: tradeSeries(
    exporter: "country:CN"
    importer: "region:world"
    commodity: "commodity:rare-earth-magnets"
  ) {
    points {
      period
      quantity
      unit
      derived
      formula
      changes { basis comparedTo reported computed disagrees }
      sources { title publisher }
    }
  }
  us: tradeSeries(
    exporter: "country:CN"
    importer: "country:US"
    commodity: "commodity:rare-earth-magnets"
  ) {
    points {
      period
      quantity
      unit
      shareOfTotal
      changes { basis comparedTo reported computed disagrees }
    }
  }
}
`,
  },
  {
    title: 'Exposure to China (companies)',
    query: `# Who is exposed, downstream, if China's supply stops: companies only, each with its hop
# distance, the path, and a score multiplying the shares along it (0.9 = China's 90% share of
# magnet output). missingShares counts steps with no known share (taken as 1).
query ExposureToChina {
  exposure(to: "country:CN", kinds: [COMPANY]) {
    byCountry { country { id name } count }
    items {
      tier
      score
      missingShares
      entity { id name }
      path { nodes { id name } }
    }
  }
}
`,
  },
  {
    title: 'Concentration of rare-earth mining, 2024',
    query: `# Producer shares of rare-earth mining in 2024, the Herfindahl–Hirschman index (0–10,000;
# above 2,500 is highly concentrated), the top-3 share, and producers above 50%.
query RareEarthMiningConcentration {
  concentration(commodity: "commodity:rare-earth-ore", stage: "mining", year: 2024) {
    stage
    year
    hhi
    topN
    topNShare
    coverage
    shares {
      producer { id name }
      share
      quantity
      unit
      sources { title publisher }
    }
    chokepoints { producer { id name } share }
    available { stage year producers }
  }
}
`,
  },
  {
    title: 'Timeline: Howard Lutnick',
    query: `# Everything dated around the US Commerce Secretary, in order: events he is linked to and
# what he said, when, about what — with sources.
query LutnickTimeline {
  timeline(entity: "official:howard-lutnick") {
    date
    type
    title
    entity { id kind name }
    sources { title publisher url }
  }
}
`,
  },
  {
    title: 'Dependencies: Ford (dependencies)',
    query: `# What Ford depends on, upstream, tier by tier: the magnets it uses (tier 1), China and the
# rare earths that go into them (tier 2), and further producers (tier 3).
query FordDependencies {
  dependencies(of: "company:ford", maxTier: 3) {
    byKind { kind count }
    items {
      tier
      entity { id kind name }
      path { nodes { name } }
    }
  }
}
`,
  },
  {
    title: 'What changed: Lynas, H1 2025 (changes)',
    query: `# Relationships of Lynas that started or ended in the first half of 2025, and what happened.
query LynasChanges {
  changes(entity: "company:lynas", from: "2025-01-01", to: "2025-06-30") {
    entity { id name }
    started { __typename type from { id name } to { id name } validFrom validTo }
    ended { __typename type from { id name } to { id name } validTo }
    timeline { date type title }
  }
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
      uses { edges { node { id name } relationship { note } } }
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
      issuedBy { edges { node { id kind name } relationship { on } } }
      respondsTo { edges { node { id name } relationship { note } } }
    }
  }
}
`,
  },
];
