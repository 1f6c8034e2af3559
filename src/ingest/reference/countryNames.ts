/**
 * Country names as statistical offices and people write them, to the country's id: "Congo
 * (Kinshasa)", "Korea, Republic of", "Côte d’Ivoire", "DRC". Names compare without case,
 * accents, punctuation or spacing, so "Cote d'Ivoire" is "Côte d’Ivoire" and "Korea Republic of"
 * is "Korea, Republic of". The names are exactly those the graph stores on its countries (name and
 * aliases), so a name this finds, search finds too.
 */
import { slugify } from './files.js';

/** A country's id (`country:CD`) from a name as written, or undefined when no country has that name. */
export type CountryIdByName = (name: string) => string | undefined;

/** The form names compare in: "Côte d’Ivoire" → "cote-d-ivoire". Empty for text with no letter or digit. */
export const countryNameKey = (name: string): string => slugify(name);

/** Where a name was claimed, for a problem that names both claims. */
export interface NameClaim {
  id: string;
  /** E.g. `countries/aliases.csv:12`, `ISO 3166-1 name`, `the seed`. */
  origin: string;
}

/** Names of countries, each naming one country only. */
export class CountryNames {
  private readonly claims = new Map<string, NameClaim>();

  /**
   * Records `name` as a name of country `id`. Returns the earlier claim when the name already
   * names another country (the name is then left to that one); undefined otherwise.
   */
  claim(name: string, id: string, origin: string): NameClaim | undefined {
    const key = countryNameKey(name);
    if (key === '') return undefined;
    const earlier = this.claims.get(key);
    if (earlier && earlier.id !== id) return earlier;
    if (!earlier) this.claims.set(key, { id, origin });
    return undefined;
  }

  /** The country a name names, if any. */
  readonly idByName: CountryIdByName = (name) => {
    const key = countryNameKey(name);
    return key === '' ? undefined : this.claims.get(key)?.id;
  };
}
