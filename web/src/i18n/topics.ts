// Topic names the data gives in English only, in French and German: the parts of the EU
// programmes (Horizon 2020's priorities and societal challenges, Horizon Europe's clusters
// and pillars; importers/cordis.py and importers/calls.py name them in English, as the
// programmes' regulations do) and the demo clusters' topics (importers/demo_data/topics.csv).
// Keyed by topic id; any other topic keeps the name the data gives.
import type { Locale } from ".";

type Names = Record<string, string>;

const FR: Names = {
  "h2020-part-ERC": "Conseil européen de la recherche : recherche aux frontières de la connaissance",
  "h2020-part-MSCA": "Actions Marie Skłodowska-Curie : compétences et mobilité des chercheurs",
  "h2020-part-FET": "Technologies futures et émergentes",
  "h2020-part-RI": "Infrastructures de recherche européennes, y compris les infrastructures en ligne",
  "h2020-part-LEIT": "Primauté dans le domaine des technologies génériques et industrielles",
  "h2020-part-ARF": "Accès au financement à risque",
  "h2020-part-SME": "Innovation dans les PME",
  "h2020-part-SC1": "Santé, évolution démographique et bien-être",
  "h2020-part-SC2":
    "Sécurité alimentaire, agriculture et sylviculture durables, recherche marine, maritime et dans le domaine des eaux intérieures, et bioéconomie",
  "h2020-part-SC3": "Énergies sûres, propres et efficaces",
  "h2020-part-SC4": "Transports intelligents, verts et intégrés",
  "h2020-part-SC5": "Lutte contre le changement climatique, environnement, utilisation efficace des ressources et matières premières",
  "h2020-part-SC6": "L’Europe dans un monde en évolution : des sociétés ouvertes à tous, innovantes et capables de réflexion",
  "h2020-part-SC7": "Sociétés sûres : protéger la liberté et la sécurité de l’Europe et de ses citoyens",
  "h2020-part-SEWP": "Propager l’excellence et élargir la participation",
  "h2020-part-SWAFS": "La science avec et pour la société",
  "h2020-part-Euratom": "Programme de recherche et de formation d’Euratom",
  "h2020-part-EIT": "Institut européen d’innovation et de technologie",
  "h2020-part-JRC": "Actions directes du Centre commun de recherche",
  "he-part-CL1": "Pôle 1 : Santé",
  "he-part-CL2": "Pôle 2 : Culture, créativité et société inclusive",
  "he-part-CL3": "Pôle 3 : Sécurité civile pour la société",
  "he-part-CL4": "Pôle 4 : Numérique, industrie et espace",
  "he-part-CL5": "Pôle 5 : Climat, énergie et mobilité",
  "he-part-CL6": "Pôle 6 : Alimentation, bioéconomie, ressources naturelles, agriculture et environnement",
  "he-part-ERC": "Conseil européen de la recherche : recherche aux frontières de la connaissance",
  "he-part-MSCA": "Actions Marie Skłodowska-Curie : compétences et mobilité des chercheurs",
  "he-part-INFRA": "Infrastructures de recherche",
  "he-part-EIC": "Conseil européen de l’innovation",
  "he-part-EIE": "Écosystèmes européens d’innovation",
  "he-part-EIT": "Institut européen d’innovation et de technologie",
  "he-part-WIDERA": "Élargir la participation et renforcer l’espace européen de la recherche",
  "he-part-MISS": "Missions de l’UE",
  "he-part-EURATOM": "Programme de recherche et de formation d’Euratom",
  "he-part-JU": "Partenariats européens : entreprises communes",
  "lci-topic-biomedicine": "Biomédecine",
  "lci-topic-environmental-technologies": "Technologies environnementales",
  "lci-topic-ict": "Technologies de l’information et de la communication",
  "lci-topic-materials-science": "Science des matériaux",
  "lci-topic-space-technologies": "Technologies spatiales",
  "lci-topic-automotive-components": "Composants automobiles",
  "lci-topic-autonomous-driving": "Conduite autonome",
  "lci-topic-vehicle-environment": "Performance environnementale des véhicules",
};

const DE: Names = {
  "h2020-part-ERC": "Europäischer Forschungsrat: Pionierforschung",
  "h2020-part-MSCA": "Marie-Skłodowska-Curie-Maßnahmen: Kompetenzen und Mobilität von Forschenden",
  "h2020-part-FET": "Künftige und neu entstehende Technologien",
  "h2020-part-RI": "Europäische Forschungsinfrastrukturen einschließlich e-Infrastrukturen",
  "h2020-part-LEIT": "Führende Rolle bei grundlegenden und industriellen Technologien",
  "h2020-part-ARF": "Zugang zur Risikofinanzierung",
  "h2020-part-SME": "Innovation in KMU",
  "h2020-part-SC1": "Gesundheit, demografischer Wandel und Wohlergehen",
  "h2020-part-SC2":
    "Ernährungs- und Lebensmittelsicherheit, nachhaltige Land- und Forstwirtschaft, marine, maritime und limnologische Forschung und Biowirtschaft",
  "h2020-part-SC3": "Sichere, saubere und effiziente Energie",
  "h2020-part-SC4": "Intelligenter, umweltfreundlicher und integrierter Verkehr",
  "h2020-part-SC5": "Klimaschutz, Umwelt, Ressourceneffizienz und Rohstoffe",
  "h2020-part-SC6": "Europa in einer sich verändernden Welt: integrative, innovative und reflektierende Gesellschaften",
  "h2020-part-SC7": "Sichere Gesellschaften: Schutz der Freiheit und Sicherheit Europas und seiner Bürger",
  "h2020-part-SEWP": "Verbreitung von Exzellenz und Ausweitung der Beteiligung",
  "h2020-part-SWAFS": "Wissenschaft mit der und für die Gesellschaft",
  "h2020-part-Euratom": "Euratom-Programm für Forschung und Ausbildung",
  "h2020-part-EIT": "Europäisches Innovations- und Technologieinstitut",
  "h2020-part-JRC": "Direkte Maßnahmen der Gemeinsamen Forschungsstelle",
  "he-part-CL1": "Cluster 1: Gesundheit",
  "he-part-CL2": "Cluster 2: Kultur, Kreativität und inklusive Gesellschaft",
  "he-part-CL3": "Cluster 3: Zivile Sicherheit für die Gesellschaft",
  "he-part-CL4": "Cluster 4: Digitalisierung, Industrie und Weltraum",
  "he-part-CL5": "Cluster 5: Klima, Energie und Mobilität",
  "he-part-CL6": "Cluster 6: Lebensmittel, Bioökonomie, natürliche Ressourcen, Landwirtschaft und Umwelt",
  "he-part-ERC": "Europäischer Forschungsrat: Pionierforschung",
  "he-part-MSCA": "Marie-Skłodowska-Curie-Maßnahmen: Kompetenzen und Mobilität von Forschenden",
  "he-part-INFRA": "Forschungsinfrastrukturen",
  "he-part-EIC": "Europäischer Innovationsrat",
  "he-part-EIE": "Europäische Innovationsökosysteme",
  "he-part-EIT": "Europäisches Innovations- und Technologieinstitut",
  "he-part-WIDERA": "Ausweitung der Beteiligung und Stärkung des Europäischen Forschungsraums",
  "he-part-MISS": "EU-Missionen",
  "he-part-EURATOM": "Euratom-Programm für Forschung und Ausbildung",
  "he-part-JU": "Europäische Partnerschaften: gemeinsame Unternehmen",
  "lci-topic-biomedicine": "Biomedizin",
  "lci-topic-environmental-technologies": "Umwelttechnologien",
  "lci-topic-ict": "Informations- und Kommunikationstechnologien",
  "lci-topic-materials-science": "Materialwissenschaft",
  "lci-topic-space-technologies": "Weltraumtechnologien",
  "lci-topic-automotive-components": "Automobilkomponenten",
  "lci-topic-autonomous-driving": "Autonomes Fahren",
  "lci-topic-vehicle-environment": "Umweltleistung von Fahrzeugen",
};

const NAMES: Partial<Record<Locale, Names>> = { fr: FR, de: DE };

/** The topic's name in `locale`, if the data's English name has a translation here. */
export function translatedTopicName(id: string, locale: Locale): string | undefined {
  return NAMES[locale]?.[id];
}
