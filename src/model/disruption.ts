/**
 * What `disruption` computes, step by step: which commodities a scenario hits, how much world
 * supply it takes, what is left, which importers lose listed sources, and who downstream is hit.
 * The resolver follows these rows and docs/API.md prints them (test/unit/disruption.test.ts checks
 * that the docs print exactly these rows), so the rule and its documentation cannot drift apart.
 *
 * Every number is read from stated relationships (each with its sources) or computed from them by
 * the rule of its row; nothing is estimated. Where a share is not stated, the answer says so
 * (`missingShares`) and gives an upper bound, never a guess.
 */

export interface DisruptionRule {
  /** The answer's field (or part of it) the row defines. */
  readonly field: string;
  /** What it is read from. */
  readonly from: string;
  /** How it is computed. */
  readonly rule: string;
}

/** The most entities one scenario may stop. */
export const MAX_STOPPED = 50;

/** How many tiers downstream a scenario walks at most (and by default). */
export const MAX_DOWNSTREAM_TIERS = 4;

export const DISRUPTION_RULES: readonly DisruptionRule[] = [
  {
    field: '`commodities`',
    from: '`PRODUCES` and `MAKES` of the stopped entities (or the stopped relationships), valid on `asOf`',
    rule: 'every commodity a stopped entity produces or makes; `scenario.commodities` keeps only those',
  },
  {
    field: '`stage`, `year`, `usgsType`',
    from: 'the commodity\'s `PRODUCES` shares',
    rule: 'one measure per commodity, as `exposure` picks shares: the latest year up to `asOf`\'s year (the current year without `asOf`), and in it the stage and USGS measure with the most producers (ties: the stage, then the measure, first in text order); shares of other measures are never mixed in',
  },
  {
    field: '`lostShare`',
    from: 'the stopped producers\' shares of that measure',
    rule: '`cut` × the sum of their shares (one share per producer: the largest); null when a stopped entity supplies the commodity with no share in that measure (`missingShares`)',
  },
  {
    field: '`lostQuantity`',
    from: 'the world total of that measure (`region:world` `PRODUCES`)',
    rule: '`lostShare` × the world total, in the world total\'s unit (and canonical unit where one exists); null without a world total',
  },
  {
    field: '`shares` (`after`)',
    from: 'every producer\'s share of that measure',
    rule: 'each producer\'s share after the cut (a stopped one keeps (1 − `cut`) × its share), renormalised: divided by 1 − `lostShare`',
  },
  {
    field: '`hhiBefore`, `hhiAfter`',
    from: 'the shares before and after',
    rule: 'the Herfindahl–Hirschman index (0–10,000) of each; after: null when `lostShare` is null or no producer with a stated share is left',
  },
  {
    field: '`importers`',
    from: '`IMPORTS_FROM` naming a stopped country as a major import source of a hit commodity; the importer\'s `IMPORTS` figure',
    rule: 'per importer and commodity: its listed sources in the stated rank order (the USGS gives no percentages: none are invented), which of them are stopped, whether the first is, how many listed sources and world producers are left outside the scenario, and its net import reliance for the latest year up to `asOf`\'s year',
  },
  {
    field: '`downstream`',
    from: 'the `exposure` walk (its table above) from the hit commodities, at most `maxTier` tiers; the stopped entities are not listed',
    rule: 'each entity once, at its nearest tier, with one shortest route from a hit commodity (the tie rule is exposure\'s)',
  },
  {
    field: '`downstream.inputLost`',
    from: 'the route\'s commodity\'s `lostShare` and the `INPUT_TO` shares along the route',
    rule: 'their product: an upper bound on the share of its input lost (a buyer may buy from producers outside the scenario first); a step without a share counts as 1 and is counted in `missingShares`, and a commodity without `lostShare` counts as `cut`',
  },
  {
    field: '`alternatives`, `alternativeSuppliers`, `downstream.stillSuppliedBy`',
    from: 'the producers and makers of the commodity (for downstream: of the commodity its route starts from)',
    rule: 'the producers and makers outside the scenario that still supply it: how many, and who, the largest share after the cut first, then those without a share',
  },
];

/** The table as docs/API.md prints it. */
export function disruptionTableMarkdown(): string {
  return ['| field | read from | rule |', '|---|---|---|', ...DISRUPTION_RULES.map((r) => `| ${r.field} | ${r.from} | ${r.rule} |`)].join('\n');
}
