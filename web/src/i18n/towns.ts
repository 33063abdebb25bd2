// Towns as each language names them. CORDIS writes a town as each organisation gave it: in
// capitals without accents (MUNCHEN, KOBENHAVN), in the local language (WIEN, MILANO), in
// English (Vienna, Munich) or in two (BRUXELLES / BRUSSEL). Among the towns with most
// organisations in the Horizon 2020 and Horizon Europe data (and those of Luxembourg), these
// have another name in English, French or German, or lose their accents or hyphens; any other
// town keeps the data's spelling, in ordinary case.
import type { Locale } from ".";

/** A town: its country (CORDIS codes), the data's spellings as `foldTown` makes them, then
 * its name in English, French and German. */
type Town = [country: string, spellings: string[], en: string, fr: string, de: string];

const TOWNS: Town[] = [
  ["AT", ["WIEN", "VIENNA"], "Vienna", "Vienne", "Wien"],
  ["BE", ["BRUXELLES BRUSSEL", "BRUSSEL BRUXELLES", "BRUXELLES", "BRUSSEL", "BRUSSELS"], "Brussels", "Bruxelles", "Brüssel"],
  ["BE", ["ANTWERPEN", "ANTWERP", "ANVERS"], "Antwerp", "Anvers", "Antwerpen"],
  ["BE", ["GENT", "GHENT", "GAND"], "Ghent", "Gand", "Gent"],
  ["BE", ["LEUVEN", "LOUVAIN"], "Leuven", "Louvain", "Leuven"],
  ["BE", ["LOUVAIN LA NEUVE"], "Louvain-la-Neuve", "Louvain-la-Neuve", "Louvain-la-Neuve"],
  ["BE", ["LIEGE", "LUIK"], "Liège", "Liège", "Lüttich"],
  ["BE", ["BRUGGE", "BRUGES"], "Bruges", "Bruges", "Brügge"],
  ["BE", ["MECHELEN", "MALINES"], "Mechelen", "Malines", "Mechelen"],
  ["BG", ["SOFIA", "SOFIYA"], "Sofia", "Sofia", "Sofia"],
  ["CH", ["ZURICH"], "Zurich", "Zurich", "Zürich"],
  ["CH", ["GENEVE", "GENEVA", "GENF"], "Geneva", "Genève", "Genf"],
  ["CH", ["BERN", "BERNE"], "Bern", "Berne", "Bern"],
  ["CH", ["BASEL", "BALE"], "Basel", "Bâle", "Basel"],
  ["CH", ["LUZERN", "LUCERNE"], "Lucerne", "Lucerne", "Luzern"],
  ["CN", ["BEIJING"], "Beijing", "Pékin", "Peking"],
  ["CY", ["NICOSIA", "LEFKOSIA"], "Nicosia", "Nicosie", "Nikosia"],
  ["CZ", ["PRAHA", "PRAGUE"], "Prague", "Prague", "Prag"],
  ["DE", ["MUNCHEN", "MUENCHEN", "MUNICH"], "Munich", "Munich", "München"],
  ["DE", ["KOLN", "KOELN", "COLOGNE"], "Cologne", "Cologne", "Köln"],
  ["DE", ["NURNBERG", "NUERNBERG", "NUREMBERG"], "Nuremberg", "Nuremberg", "Nürnberg"],
  ["DE", ["DUSSELDORF", "DUESSELDORF"], "Düsseldorf", "Düsseldorf", "Düsseldorf"],
  ["DE", ["SAARBRUCKEN", "SAARBRUECKEN"], "Saarbrücken", "Sarrebruck", "Saarbrücken"],
  ["DE", ["TUBINGEN", "TUEBINGEN"], "Tübingen", "Tübingen", "Tübingen"],
  ["DE", ["GOTTINGEN", "GOETTINGEN"], "Göttingen", "Göttingen", "Göttingen"],
  ["DE", ["WURZBURG", "WUERZBURG"], "Würzburg", "Wurtzbourg", "Würzburg"],
  ["DE", ["JULICH", "JUELICH"], "Jülich", "Juliers", "Jülich"],
  ["DE", ["MUNSTER", "MUENSTER"], "Münster", "Münster", "Münster"],
  ["DE", ["LUBECK", "LUEBECK"], "Lübeck", "Lübeck", "Lübeck"],
  ["DE", ["FRANKFURT AM MAIN", "FRANKFURT"], "Frankfurt am Main", "Francfort-sur-le-Main", "Frankfurt am Main"],
  ["DE", ["HANNOVER", "HANOVER"], "Hanover", "Hanovre", "Hannover"],
  ["DE", ["AACHEN"], "Aachen", "Aix-la-Chapelle", "Aachen"],
  ["DE", ["FREIBURG IM BREISGAU"], "Freiburg im Breisgau", "Fribourg-en-Brisgau", "Freiburg im Breisgau"],
  ["DE", ["DRESDEN"], "Dresden", "Dresde", "Dresden"],
  ["DE", ["HAMBURG"], "Hamburg", "Hambourg", "Hamburg"],
  ["DE", ["BREMEN"], "Bremen", "Brême", "Bremen"],
  ["DE", ["MAINZ"], "Mainz", "Mayence", "Mainz"],
  ["DE", ["TRIER"], "Trier", "Trèves", "Trier"],
  ["DE", ["KOBLENZ"], "Koblenz", "Coblence", "Koblenz"],
  ["DK", ["KOBENHAVN", "KOEBENHAVN", "COPENHAGEN"], "Copenhagen", "Copenhague", "Kopenhagen"],
  ["DK", ["ARHUS", "AARHUS"], "Aarhus", "Aarhus", "Aarhus"],
  ["EL", ["ATHINA", "ATHENS", "ATHENA"], "Athens", "Athènes", "Athen"],
  ["EL", ["THESSALONIKI"], "Thessaloniki", "Thessalonique", "Thessaloniki"],
  ["EL", ["PIRAEUS", "PEIRAIAS"], "Piraeus", "Le Pirée", "Piräus"],
  ["EL", ["HERAKLION", "IRAKLEIO", "IRAKLIO"], "Heraklion", "Héraklion", "Heraklion"],
  ["ES", ["SEVILLA", "SEVILLE"], "Seville", "Séville", "Sevilla"],
  ["ES", ["ZARAGOZA", "SARAGOSSA"], "Zaragoza", "Saragosse", "Saragossa"],
  ["ES", ["BARCELONA"], "Barcelona", "Barcelone", "Barcelona"],
  ["ES", ["MALAGA"], "Málaga", "Malaga", "Málaga"],
  ["ES", ["CORDOBA"], "Córdoba", "Cordoue", "Córdoba"],
  ["ES", ["CADIZ"], "Cádiz", "Cadix", "Cádiz"],
  ["ES", ["GIJON"], "Gijón", "Gijón", "Gijón"],
  ["ES", ["LEON"], "León", "León", "León"],
  ["ES", ["LOGRONO"], "Logroño", "Logroño", "Logroño"],
  ["ES", ["A CORUNA", "LA CORUNA"], "A Coruña", "La Corogne", "A Coruña"],
  ["ES", ["SAN SEBASTIAN", "DONOSTIA SAN SEBASTIAN", "DONOSTIA"], "San Sebastián", "Saint-Sébastien", "San Sebastián"],
  ["ES", ["VITORIA GASTEIZ", "VITORIA"], "Vitoria-Gasteiz", "Vitoria-Gasteiz", "Vitoria-Gasteiz"],
  ["ES", ["ALCALA DE HENARES"], "Alcalá de Henares", "Alcalá de Henares", "Alcalá de Henares"],
  ["ES", ["SANTIAGO DE COMPOSTELA"], "Santiago de Compostela", "Saint-Jacques-de-Compostelle", "Santiago de Compostela"],
  ["ES", ["LAS PALMAS DE GRAN CANARIA"], "Las Palmas de Gran Canaria", "Las Palmas de Gran Canaria", "Las Palmas de Gran Canaria"],
  ["FR", ["GIF SUR YVETTE"], "Gif-sur-Yvette", "Gif-sur-Yvette", "Gif-sur-Yvette"],
  ["FR", ["BOULOGNE BILLANCOURT"], "Boulogne-Billancourt", "Boulogne-Billancourt", "Boulogne-Billancourt"],
  ["FR", ["SAINT ETIENNE"], "Saint-Étienne", "Saint-Étienne", "Saint-Étienne"],
  ["FR", ["CLERMONT FERRAND"], "Clermont-Ferrand", "Clermont-Ferrand", "Clermont-Ferrand"],
  ["FR", ["AIX EN PROVENCE"], "Aix-en-Provence", "Aix-en-Provence", "Aix-en-Provence"],
  ["FR", ["VILLENEUVE D ASCQ"], "Villeneuve-d’Ascq", "Villeneuve-d’Ascq", "Villeneuve-d’Ascq"],
  ["FR", ["ISSY LES MOULINEAUX"], "Issy-les-Moulineaux", "Issy-les-Moulineaux", "Issy-les-Moulineaux"],
  ["FR", ["STRASBOURG"], "Strasbourg", "Strasbourg", "Straßburg"],
  ["IT", ["ROMA", "ROME"], "Rome", "Rome", "Rom"],
  ["IT", ["MILANO", "MILAN"], "Milan", "Milan", "Mailand"],
  ["IT", ["TORINO", "TURIN"], "Turin", "Turin", "Turin"],
  ["IT", ["NAPOLI", "NAPLES"], "Naples", "Naples", "Neapel"],
  ["IT", ["FIRENZE", "FLORENCE"], "Florence", "Florence", "Florenz"],
  ["IT", ["VENEZIA", "VENICE"], "Venice", "Venise", "Venedig"],
  ["IT", ["GENOVA", "GENOA"], "Genoa", "Gênes", "Genua"],
  ["IT", ["PADOVA", "PADUA"], "Padua", "Padoue", "Padua"],
  ["IT", ["BOLOGNA"], "Bologna", "Bologne", "Bologna"],
  ["IT", ["BOLZANO", "BOZEN"], "Bolzano", "Bolzano", "Bozen"],
  ["IT", ["TRENTO"], "Trento", "Trente", "Trient"],
  ["LU", ["LUXEMBOURG", "LUXEMBOURG VILLE", "LUXEMBURG"], "Luxembourg", "Luxembourg", "Luxemburg"],
  ["LU", ["ESCH SUR ALZETTE", "ESCH UELZECHT", "ESCH ALZETTE"], "Esch-sur-Alzette", "Esch-sur-Alzette", "Esch an der Alzette"],
  ["LU", ["COLMAR BERG"], "Colmar-Berg", "Colmar-Berg", "Colmar-Berg"],
  ["NL", ["DEN HAAG", "THE HAGUE", "S GRAVENHAGE"], "The Hague", "La Haye", "Den Haag"],
  ["PL", ["WARSZAWA", "WARSAW"], "Warsaw", "Varsovie", "Warschau"],
  ["PL", ["KRAKOW", "CRACOW"], "Kraków", "Cracovie", "Krakau"],
  ["PL", ["GDANSK"], "Gdańsk", "Gdańsk", "Gdańsk"],
  ["PL", ["WROCLAW"], "Wrocław", "Wrocław", "Wrocław"],
  ["PL", ["POZNAN"], "Poznań", "Poznań", "Posen"],
  ["PL", ["LODZ"], "Łódź", "Łódź", "Łódź"],
  ["PT", ["LISBOA", "LISBON"], "Lisbon", "Lisbonne", "Lissabon"],
  ["RO", ["BUCURESTI", "BUCHAREST"], "Bucharest", "Bucarest", "Bukarest"],
  ["RO", ["CLUJ NAPOCA"], "Cluj-Napoca", "Cluj-Napoca", "Cluj-Napoca"],
  ["RO", ["IASI"], "Iași", "Iași", "Iași"],
  ["RO", ["TIMISOARA"], "Timișoara", "Timișoara", "Timișoara"],
  ["RO", ["BRASOV"], "Brașov", "Brașov", "Brașov"],
  ["RS", ["BEOGRAD", "BELGRADE"], "Belgrade", "Belgrade", "Belgrad"],
  ["SE", ["GOTEBORG", "GOETEBORG", "GOTHENBURG"], "Gothenburg", "Göteborg", "Göteborg"],
  ["SE", ["MALMO"], "Malmö", "Malmö", "Malmö"],
  ["SE", ["LINKOPING"], "Linköping", "Linköping", "Linköping"],
  ["SE", ["UMEA"], "Umeå", "Umeå", "Umeå"],
  ["SE", ["LULEA"], "Luleå", "Luleå", "Luleå"],
  ["SE", ["VASTERAS"], "Västerås", "Västerås", "Västerås"],
  ["SE", ["JONKOPING"], "Jönköping", "Jönköping", "Jönköping"],
  ["SE", ["OREBRO"], "Örebro", "Örebro", "Örebro"],
  ["SE", ["NORRKOPING"], "Norrköping", "Norrköping", "Norrköping"],
  ["SK", ["KOSICE"], "Košice", "Košice", "Košice"],
  ["UA", ["KYIV", "KIEV", "KIYV"], "Kyiv", "Kyiv", "Kyjiw"],
  ["UK", ["LONDON"], "London", "Londres", "London"],
  ["UK", ["EDINBURGH"], "Edinburgh", "Édimbourg", "Edinburgh"],
];

const LANGUAGE: Record<Locale, 2 | 3 | 4> = { en: 2, fr: 3, de: 4 };

/** A town's spelling as the table keys it: capitals, no accents, hyphens, slashes and
 * apostrophes as spaces ("Bruxelles / Brussel", "ESCH-SUR-ALZETTE", "Villeneuve-d'Ascq"). */
export function foldTown(city: string): string {
  return city
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[-/'\u2019]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const BY_SPELLING = new Map(TOWNS.flatMap((town) => town[1].map((spelling) => [`${town[0]} ${spelling}`, town] as const)));

/** The town's name in `locale`, or null when the table does not have it. */
export function translatedTown(city: string, country: string | null | undefined, locale: Locale): string | null {
  const town = BY_SPELLING.get(`${country ?? ""} ${foldTown(city)}`);
  return town ? town[LANGUAGE[locale]] : null;
}
