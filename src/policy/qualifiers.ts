/**
 * Words a clerk writes after a town's name that do not change which town it is (interpretation
 * note 4): "Madison, Wisconsin", "Madison WI", "Esashi-cho, Hokkaido", "Nykarleby stad". Folded as
 * {@link foldName} folds them, with punctuation as spaces.
 *
 * Generic words apply in every country. For the countries of the built-in twin towns, the country's
 * names and the town's own region count too: every state of the USA (the policy names no state for
 * Madison, interpretation note 12), but only Hokkaido and Hiyama for Esashi, Jõgevamaa for Põltsamaa
 * and Ostrobothnia for Nykarleby, since a place of the same name elsewhere in the country may be
 * another town. A town in another country is matched with the generic words and a qualifier after a
 * comma.
 */

/** Words for "town", "municipality" and the like, in the languages of the twin towns. */
const GENERIC =
  'kommun|kommune|stad|staden|vald|vallavalitsus|linn|city|town|municipality|kaupunki|kunta|machi|cho|shi|mura|son|the city'.split(
    '|',
  );

/** Regions, their codes and the country's names, by ISO 3166-1 alpha-2 code. */
const BY_COUNTRY: Readonly<Record<string, string>> = {
  US:
    'us|usa|u s|u s a|united states|united states of america|america|' +
    'al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|' +
    'nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|' +
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|district of columbia|' +
    'florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|' +
    'massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|' +
    'new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|' +
    'rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|' +
    'west virginia|wisconsin|wyoming',
  // The built-in towns' own prefecture, county and region only: "Esashi Iwate" may be the other
  // Esashi (now part of Ōshū), so a region word from elsewhere in the country leaves it undetermined.
  JP: 'jp|japan|nippon|nihon|hokkaido|hokkai do|do|prefecture|hiyama|gun|hiyama gun|subprefecture',
  EE: 'ee|estonia|eesti|estland|jogeva|jogevamaa|jogeva maakond|jogeva county|maakond|county',
  FI: 'fi|finland|suomi|osterbotten|pohjanmaa|ostrobothnia|landskap|maakunta',
};

const cache = new Map<string, ReadonlySet<string>>();

/** The qualifier phrases that may follow a town's name in `country`: generic words and its regions. */
export function qualifiersOf(country: string): ReadonlySet<string> {
  let found = cache.get(country);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; building the set again gives the same set.
  if (!found) {
    // Stryker disable next-line ArrayDeclaration: equivalent — a phrase in the empty fallback is never a folded word sequence (folded words are lower case).
    found = new Set([...GENERIC, ...(BY_COUNTRY[country]?.split('|') ?? [])]);
    cache.set(country, found);
  }
  return found;
}

/** The longest qualifier phrase, in words. */
const LONGEST = 4;

/**
 * Whether `words` (folded, one space between) is a sequence of qualifier phrases of `country`,
 * e.g. "hokkaido" or "wi usa".
 */
export function isQualifier(words: readonly string[], country: string): boolean {
  const phrases = qualifiersOf(country);
  // reachable[i]: the first i words split into phrases.
  const reachable: boolean[] = [true];
  for (let end = 1; end <= words.length; end++) {
    reachable[end] = false;
    // Stryker disable next-line MethodExpression,EqualityOperator: equivalent — a start before 0 reads reachable[] as undefined and is skipped, no phrase is longer than LONGEST words, and start = end gives the empty phrase, never in the set.
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      if (reachable[start] && phrases.has(words.slice(start, end).join(' '))) {
        reachable[end] = true;
        break;
      }
    }
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — callers pass the words after a spelling only when there are some (isSpelledWith).
  return words.length > 0 && reachable[words.length] === true;
}
