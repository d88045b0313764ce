/**
 * Words a clerk writes after a town's name that do not change which town it is (interpretation
 * note 4): "Madison, Wisconsin", "Madison WI", "Esashi-cho, Hokkaido", "Nykarleby stad". Folded as
 * {@link foldName} folds them, with punctuation as spaces.
 *
 * Generic words apply in every country; the regions, region codes and country names are those of
 * the countries of the built-in twin towns (a town elsewhere is matched with the generic words and a
 * qualifier after a comma).
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
  JP:
    'jp|japan|nippon|nihon|hokkaido|hokkaido prefecture|do|ken|prefecture|gun|hiyama|hiyama gun|' +
    'aomori|iwate|miyagi|akita|yamagata|fukushima|ibaraki|tochigi|gunma|saitama|chiba|tokyo|' +
    'kanagawa|niigata|toyama|ishikawa|fukui|yamanashi|nagano|gifu|shizuoka|aichi|mie|shiga|kyoto|' +
    'osaka|hyogo|nara|wakayama|tottori|shimane|okayama|hiroshima|yamaguchi|tokushima|kagawa|ehime|' +
    'kochi|fukuoka|saga|nagasaki|kumamoto|oita|miyazaki|kagoshima|okinawa',
  EE:
    'ee|estonia|eesti|estland|maakond|county|jogeva|jogevamaa|jogeva maakond|jogeva county|' +
    'harju|harjumaa|hiiu|hiiumaa|ida viru|ida virumaa|jarva|jarvamaa|laane|laanemaa|' +
    'laane viru|laane virumaa|polva|polvamaa|parnu|parnumaa|rapla|raplamaa|saare|saaremaa|' +
    'tartu|tartumaa|valga|valgamaa|viljandi|viljandimaa|voru|vorumaa',
  FI:
    'fi|finland|suomi|landskap|maakunta|osterbotten|pohjanmaa|ostrobothnia|' +
    'mellersta osterbotten|keski pohjanmaa|central ostrobothnia|norra osterbotten|pohjois pohjanmaa|' +
    'north ostrobothnia|sodra osterbotten|etela pohjanmaa|south ostrobothnia|nyland|uusimaa|' +
    'egentliga finland|varsinais suomi|southwest finland|satakunta|tavastland|kanta hame|' +
    'paijanne tavastland|paijat hame|kymmenedalen|kymenlaakso|sodra karelen|etela karjala|' +
    'sodra savolax|etela savo|norra savolax|pohjois savo|norra karelen|pohjois karjala|' +
    'mellersta finland|keski suomi|birkaland|pirkanmaa|kajanaland|kainuu|lappland|lappi|aland|ahvenanmaa',
};

const cache = new Map<string, ReadonlySet<string>>();

/** The qualifier phrases that may follow a town's name in `country`: generic words and its regions. */
export function qualifiersOf(country: string): ReadonlySet<string> {
  let found = cache.get(country);
  if (!found) {
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
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      if (reachable[start] && phrases.has(words.slice(start, end).join(' '))) {
        reachable[end] = true;
        break;
      }
    }
  }
  return words.length > 0 && reachable[words.length] === true;
}
