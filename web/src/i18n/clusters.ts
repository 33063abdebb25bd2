// The demo clusters' sectors and descriptions (importers/demo_data/clusters.csv, in English) in
// French and German, keyed by cluster id; any other cluster keeps what the data says.
import type { Locale } from ".";

interface Texts {
  sector: string;
  description: string;
}

const FR: Record<string, Texts> = {
  "lci-biohealth": {
    sector: "Biomédecine et technologies de la santé",
    description:
      "L’un des cinq clusters que comptait la Luxembourg Cluster Initiative avant que le cluster automobile ne devienne le sixième en octobre 2013 (biomédecine, alors appelé BioHealth, plus tard HealthTech). Il réunit entreprises, recherche publique et autres acteurs des technologies de la santé et des sciences du vivant. Le communiqué de presse du 3 octobre 2013 ne donne pas sa date de lancement.",
  },
  "lci-ecoinnovation": {
    sector: "Technologies environnementales",
    description:
      "L’un des cinq clusters que comptait la Luxembourg Cluster Initiative avant que le cluster automobile ne devienne le sixième en octobre 2013 (technologies environnementales, alors appelé EcoInnovation, plus tard CleanTech). Le communiqué de presse du 3 octobre 2013 ne donne pas sa date de lancement.",
  },
  "lci-ict": {
    sector: "Technologies de l’information et de la communication",
    description:
      "L’un des cinq clusters que comptait la Luxembourg Cluster Initiative avant que le cluster automobile ne devienne le sixième en octobre 2013 (technologies de l’information et de la communication). Le communiqué de presse du 3 octobre 2013 ne donne pas sa date de lancement.",
  },
  "lci-materials": {
    sector: "Science des matériaux",
    description:
      "L’un des cinq clusters que comptait la Luxembourg Cluster Initiative avant que le cluster automobile ne devienne le sixième en octobre 2013 (science des matériaux). Le communiqué de presse du 3 octobre 2013 ne donne pas sa date de lancement.",
  },
  "lci-space": {
    sector: "Technologies spatiales",
    description:
      "L’un des cinq clusters que comptait la Luxembourg Cluster Initiative avant que le cluster automobile ne devienne le sixième en octobre 2013 (technologies spatiales). Le communiqué de presse du 3 octobre 2013 ne donne pas sa date de lancement.",
  },
  "lci-automotive": {
    sector: "Composants automobiles et mobilité",
    description:
      "Sixième cluster de la Luxembourg Cluster Initiative, annoncé par le ministre de l’Économie et du Commerce extérieur le 3 octobre 2013 pour donner une visibilité internationale à l’industrie des composants automobiles et y coordonner la coopération nationale (questions environnementales, nouvelles technologies comme la conduite autonome). D’abord appelé Automotive Components, puis AutoMobility. La date de lancement indiquée est celle de l’annonce.",
  },
};

const DE: Record<string, Texts> = {
  "lci-biohealth": {
    sector: "Biomedizin und Gesundheitstechnologien",
    description:
      "Einer der fünf Cluster, die die Luxembourg Cluster Initiative hatte, bevor der Automobilcluster im Oktober 2013 der sechste wurde (Biomedizin, damals BioHealth, später HealthTech genannt). Er bringt Unternehmen, öffentliche Forschung und weitere Akteure der Gesundheits- und Lebenswissenschaftstechnologien zusammen. Die Pressemitteilung vom 3. Oktober 2013 nennt sein Startdatum nicht.",
  },
  "lci-ecoinnovation": {
    sector: "Umwelttechnologien",
    description:
      "Einer der fünf Cluster, die die Luxembourg Cluster Initiative hatte, bevor der Automobilcluster im Oktober 2013 der sechste wurde (Umwelttechnologien, damals EcoInnovation, später CleanTech genannt). Die Pressemitteilung vom 3. Oktober 2013 nennt sein Startdatum nicht.",
  },
  "lci-ict": {
    sector: "Informations- und Kommunikationstechnologien",
    description:
      "Einer der fünf Cluster, die die Luxembourg Cluster Initiative hatte, bevor der Automobilcluster im Oktober 2013 der sechste wurde (Informations- und Kommunikationstechnologien). Die Pressemitteilung vom 3. Oktober 2013 nennt sein Startdatum nicht.",
  },
  "lci-materials": {
    sector: "Materialwissenschaft",
    description:
      "Einer der fünf Cluster, die die Luxembourg Cluster Initiative hatte, bevor der Automobilcluster im Oktober 2013 der sechste wurde (Materialwissenschaft). Die Pressemitteilung vom 3. Oktober 2013 nennt sein Startdatum nicht.",
  },
  "lci-space": {
    sector: "Raumfahrttechnologien",
    description:
      "Einer der fünf Cluster, die die Luxembourg Cluster Initiative hatte, bevor der Automobilcluster im Oktober 2013 der sechste wurde (Raumfahrttechnologien). Die Pressemitteilung vom 3. Oktober 2013 nennt sein Startdatum nicht.",
  },
  "lci-automotive": {
    sector: "Automobilzulieferer und Mobilität",
    description:
      "Sechster Cluster der Luxembourg Cluster Initiative, am 3. Oktober 2013 vom Minister für Wirtschaft und Außenhandel angekündigt, um die internationale Sichtbarkeit der Automobilzulieferindustrie zu erhöhen und die nationale Zusammenarbeit in ihr zu koordinieren (Umweltfragen, neue Technologien wie autonomes Fahren). Zuerst Automotive Components, später AutoMobility genannt. Als Startdatum ist das Datum der Ankündigung erfasst.",
  },
};

const TEXTS: Partial<Record<Locale, Record<string, Texts>>> = { fr: FR, de: DE };

/** The cluster's sector and description in `locale` where this table has them, else the
 * data's. */
export function clusterTexts(
  cluster: { id: string; sector?: string | null; description?: string | null },
  locale: Locale,
): { sector: string | null; description: string | null } {
  const own = TEXTS[locale]?.[cluster.id];
  return { sector: own?.sector ?? cluster.sector ?? null, description: own?.description ?? cluster.description ?? null };
}

/** The ids this table translates, for the test that every demo cluster has its texts. */
export function translatedClusters(locale: Locale): string[] {
  return Object.keys(TEXTS[locale] ?? {});
}
