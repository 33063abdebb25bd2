// Topic names the data gives in English only, in French and German: the parts of the EU
// programmes (Horizon 2020's priorities and societal challenges, Horizon Europe's clusters
// and pillars; importers/cordis.py and importers/calls.py name them in English, as the
// programmes' regulations do), Horizon 2020's thematic areas (from the CORDIS files), the
// fields of science (./fields.ts) and the demo clusters' topics
// (importers/demo_data/topics.csv). Keyed by topic id; any other topic keeps the name the
// data gives.
import { wordsOf } from "../lib/words";
import type { Locale } from ".";
import { DE_FIELDS, FR_FIELDS } from "./fields";

export type Names = Record<string, string>;

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
  "he-part-CL1": "Horizont-Europa-Themenbereich 1: Gesundheit",
  "he-part-CL2": "Horizont-Europa-Themenbereich 2: Kultur, Kreativität und inklusive Gesellschaft",
  "he-part-CL3": "Horizont-Europa-Themenbereich 3: Zivile Sicherheit für die Gesellschaft",
  "he-part-CL4": "Horizont-Europa-Themenbereich 4: Digitalisierung, Industrie und Weltraum",
  "he-part-CL5": "Horizont-Europa-Themenbereich 5: Klima, Energie und Mobilität",
  "he-part-CL6": "Horizont-Europa-Themenbereich 6: Lebensmittel, Bioökonomie, natürliche Ressourcen, Landwirtschaft und Umwelt",
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
  "lci-topic-space-technologies": "Raumfahrttechnologien",
  "lci-topic-automotive-components": "Automobilkomponenten",
  "lci-topic-autonomous-driving": "Autonomes Fahren",
  "lci-topic-vehicle-environment": "Umweltleistung von Fahrzeugen",
};

// Horizon 2020's thematic areas (the data's `h2020-area-*` topics), several of them named as
// a programme part is.
const FR_AREAS: Names = {
  "h2020-area-advanced-manufacturing-and-processing": "Fabrication et transformation avancées",
  "h2020-area-advanced-materials": "Matériaux avancés",
  "h2020-area-biotechnology": "Biotechnologies",
  "h2020-area-climate-action-environment-resource-efficiency-and-raw-materials": FR["h2020-part-SC5"],
  "h2020-area-cross-theme": "Transversal",
  "h2020-area-develop-the-governance-for-the-advancement-of-responsible-research-and-innovation": "Développer la gouvernance en faveur d’une recherche et d’une innovation responsables",
  "h2020-area-encourage-citizens-to-engage-in-science": "Encourager les citoyens à s’engager dans la science",
  "h2020-area-era-chairs": "Chaires EER",
  "h2020-area-euratom": "Euratom",
  "h2020-area-europe-in-a-changing-world-inclusive-innovative-and-reflective-societies": FR["h2020-part-SC6"],
  "h2020-area-european-research-council": "Conseil européen de la recherche",
  "h2020-area-food-security-sustainable-agriculture-and-forestry-marine-and-maritime-and-inland-water-research": "Sécurité alimentaire, agriculture et sylviculture durables, recherche marine, maritime et dans le domaine des eaux intérieures",
  "h2020-area-future-and-emerging-technologies": FR["h2020-part-FET"],
  "h2020-area-health-demographic-change-and-wellbeing": FR["h2020-part-SC1"],
  "h2020-area-information-and-communication-technologies": "Technologies de l’information et de la communication",
  "h2020-area-innovation-in-smes": FR["h2020-part-SME"],
  "h2020-area-integrate-society-in-science-and-innovation": "Intégrer la société dans la science et l’innovation",
  "h2020-area-make-scientific-and-technological-careers-attractive-for-young-people": "Rendre les carrières scientifiques et technologiques attrayantes pour les jeunes",
  "h2020-area-marie-sklodowska-curie-actions": "Actions Marie Skłodowska-Curie",
  "h2020-area-nanotechnologies-advanced-materials-and-production": "Nanotechnologies, matériaux avancés et production",
  "h2020-area-promote-gender-equality-in-research-and-innovation": "Promouvoir l’égalité entre les femmes et les hommes dans la recherche et l’innovation",
  "h2020-area-research-infrastructures": "Infrastructures de recherche",
  "h2020-area-secure-clean-and-efficient-energy": FR["h2020-part-SC3"],
  "h2020-area-secure-societies-protecting-freedom-and-security-of-europe-and-its-citizens": FR["h2020-part-SC7"],
  "h2020-area-smart-green-and-integrated-transport": FR["h2020-part-SC4"],
  "h2020-area-space": "Espace",
  "h2020-area-spreading-excellence-and-widening-participation-cross-theme": "Propager l’excellence et élargir la participation (transversal)",
  "h2020-area-teaming-of-excellent-research-institutions-and-low-performing-rdi-regions": "Association d’institutions de recherche d’excellence et de régions moins performantes en recherche, développement et innovation",
  "h2020-area-transnational-networks-of-national-contact-points": "Réseaux transnationaux de points de contact nationaux",
  "h2020-area-twinning-of-research-institutions": "Jumelage d’institutions de recherche",
};

const DE_AREAS: Names = {
  "h2020-area-advanced-manufacturing-and-processing": "Fortgeschrittene Fertigung und Verarbeitung",
  "h2020-area-advanced-materials": "Fortgeschrittene Werkstoffe",
  "h2020-area-biotechnology": "Biotechnologie",
  "h2020-area-climate-action-environment-resource-efficiency-and-raw-materials": DE["h2020-part-SC5"],
  "h2020-area-cross-theme": "Themenübergreifend",
  "h2020-area-develop-the-governance-for-the-advancement-of-responsible-research-and-innovation": "Governance für verantwortungsvolle Forschung und Innovation entwickeln",
  "h2020-area-encourage-citizens-to-engage-in-science": "Bürgerinnen und Bürger zur Beteiligung an der Wissenschaft ermutigen",
  "h2020-area-era-chairs": "EFR-Lehrstühle",
  "h2020-area-euratom": "Euratom",
  "h2020-area-europe-in-a-changing-world-inclusive-innovative-and-reflective-societies": DE["h2020-part-SC6"],
  "h2020-area-european-research-council": "Europäischer Forschungsrat",
  "h2020-area-food-security-sustainable-agriculture-and-forestry-marine-and-maritime-and-inland-water-research": "Ernährungs- und Lebensmittelsicherheit, nachhaltige Land- und Forstwirtschaft, marine, maritime und limnologische Forschung",
  "h2020-area-future-and-emerging-technologies": DE["h2020-part-FET"],
  "h2020-area-health-demographic-change-and-wellbeing": DE["h2020-part-SC1"],
  "h2020-area-information-and-communication-technologies": "Informations- und Kommunikationstechnologien",
  "h2020-area-innovation-in-smes": DE["h2020-part-SME"],
  "h2020-area-integrate-society-in-science-and-innovation": "Die Gesellschaft in Wissenschaft und Innovation einbeziehen",
  "h2020-area-make-scientific-and-technological-careers-attractive-for-young-people": "Wissenschaftliche und technologische Laufbahnen für junge Menschen attraktiv machen",
  "h2020-area-marie-sklodowska-curie-actions": "Marie-Skłodowska-Curie-Maßnahmen",
  "h2020-area-nanotechnologies-advanced-materials-and-production": "Nanotechnologien, fortgeschrittene Werkstoffe und Produktion",
  "h2020-area-promote-gender-equality-in-research-and-innovation": "Gleichstellung der Geschlechter in Forschung und Innovation fördern",
  "h2020-area-research-infrastructures": "Forschungsinfrastrukturen",
  "h2020-area-secure-clean-and-efficient-energy": DE["h2020-part-SC3"],
  "h2020-area-secure-societies-protecting-freedom-and-security-of-europe-and-its-citizens": DE["h2020-part-SC7"],
  "h2020-area-smart-green-and-integrated-transport": DE["h2020-part-SC4"],
  "h2020-area-space": "Raumfahrt",
  "h2020-area-spreading-excellence-and-widening-participation-cross-theme": "Verbreitung von Exzellenz und Ausweitung der Beteiligung (themenübergreifend)",
  "h2020-area-teaming-of-excellent-research-institutions-and-low-performing-rdi-regions": "Teaming exzellenter Forschungseinrichtungen mit Regionen schwacher Forschungs- und Innovationsleistung",
  "h2020-area-transnational-networks-of-national-contact-points": "Transnationale Netze der Nationalen Kontaktstellen",
  "h2020-area-twinning-of-research-institutions": "Twinning von Forschungseinrichtungen",
};

// Horizon Europe's parts in English, as importers/calls.py names them: a call family's code
// says which part it belongs to, and the family topic does not carry the part's name.
const EN: Names = {
  "he-part-CL1": "Horizon Europe cluster 1: Health",
  "he-part-CL2": "Horizon Europe cluster 2: Culture, creativity and inclusive society",
  "he-part-CL3": "Horizon Europe cluster 3: Civil security for society",
  "he-part-CL4": "Horizon Europe cluster 4: Digital, industry and space",
  "he-part-CL5": "Horizon Europe cluster 5: Climate, energy and mobility",
  "he-part-CL6": "Horizon Europe cluster 6: Food, bioeconomy, natural resources, agriculture and environment",
  "he-part-ERC": "European Research Council: frontier research",
  "he-part-MSCA": "Marie Skłodowska-Curie actions: researchers' skills and mobility",
  "he-part-INFRA": "Research infrastructures",
  "he-part-EIC": "European Innovation Council",
  "he-part-EIE": "European innovation ecosystems",
  "he-part-EIT": "European Institute of Innovation and Technology",
  "he-part-WIDERA": "Widening participation and strengthening the European Research Area",
  "he-part-MISS": "EU missions",
  "he-part-EURATOM": "Euratom research and training programme",
  "he-part-JU": "European partnerships: joint undertakings",
};

// The code segment after HORIZON- -> the part (importers/calls.py, HORIZON_PARTS).
export const HORIZON_SEGMENTS: Record<string, string> = {
  HLTH: "CL1",
  CL2: "CL2",
  CL3: "CL3",
  CL4: "CL4",
  EUSPA: "CL4",
  CL5: "CL5",
  CL6: "CL6",
  ERC: "ERC",
  MSCA: "MSCA",
  INFRA: "INFRA",
  EIC: "EIC",
  EIE: "EIE",
  EIT: "EIT",
  WIDERA: "WIDERA",
  MISS: "MISS",
  EURATOM: "EURATOM",
  JU: "JU",
  JTI: "JU",
  KDT: "JU",
  SESAR: "JU",
  EUROHPC: "JU",
  ER: "JU",
};

const NAMES: Partial<Record<Locale, Names>> = {
  fr: { ...FR, ...FR_AREAS, ...FR_FIELDS },
  de: { ...DE, ...DE_AREAS, ...DE_FIELDS },
};

/** Every name of `locale` here, by topic id. */
export function topicNames(locale: Locale): Names {
  return NAMES[locale] ?? {};
}

/** The topic's name in `locale`, if the data's English name has a translation here. */
export function translatedTopicName(id: string, locale: Locale): string | undefined {
  return NAMES[locale]?.[id];
}

/** The narrowest call family of a call topic code, as importers/calls.py makes it: the leading
 * segments that do not start with a digit, years (20xx) and call numbers (CFP09) left out,
 * upper-cased ("HORIZON-CL5-2024-D3-01-01": HORIZON-CL5-D3; "DT-ICT-08-2019": DT-ICT);
 * undefined when none. */
export function narrowestFamily(code: string): string | undefined {
  const kept: string[] = [];
  for (const segment of code.trim().split("-")) {
    if (/^20\d\d$/.test(segment) || /^cfp\d+$/i.test(segment)) continue;
    if (!segment || /^\d/.test(segment)) break;
    kept.push(segment.toUpperCase());
  }
  return kept.length ? kept.join("-") : undefined;
}

// Call families known by name, as importers/calls.py (FAMILY_NAMES) names them in English,
// with their French and German: a family whose code starts with one of these codes (whole
// segments) has its name (HORIZON-JU-CBE-IA: Circular Bio-based Europe).
const FAMILY_NAMES: Record<string, Record<Locale, string>> = {
  "HORIZON-HLTH-STAYHLTH": { en: "Staying healthy in a rapidly changing society", fr: "Rester en bonne santé dans une société en mutation rapide", de: "Gesund bleiben in einer sich rasch wandelnden Gesellschaft" },
  "HORIZON-HLTH-ENVHLTH": { en: "Living and working in a health-promoting environment", fr: "Vivre et travailler dans un environnement favorable à la santé", de: "Leben und Arbeiten in einer gesundheitsfördernden Umwelt" },
  "HORIZON-HLTH-DISEASE": { en: "Tackling diseases and reducing disease burden", fr: "Combattre les maladies et en réduire la charge", de: "Krankheiten bekämpfen und die Krankheitslast verringern" },
  "HORIZON-HLTH-CARE": { en: "Access to innovative, sustainable and high-quality health care", fr: "Accès à des soins de santé innovants, durables et de qualité", de: "Zugang zu innovativer, nachhaltiger und hochwertiger Gesundheitsversorgung" },
  "HORIZON-HLTH-TOOL": { en: "New tools, technologies and digital solutions for a healthy society", fr: "Nouveaux outils, technologies et solutions numériques pour une société en bonne santé", de: "Neue Werkzeuge, Technologien und digitale Lösungen für eine gesunde Gesellschaft" },
  "HORIZON-HLTH-IND": { en: "An innovative, sustainable and competitive health industry", fr: "Une industrie de la santé innovante, durable et compétitive", de: "Eine innovative, nachhaltige und wettbewerbsfähige Gesundheitswirtschaft" },
  "HORIZON-HLTH-CORONA": { en: "Coronavirus research", fr: "Recherche sur le coronavirus", de: "Coronavirus-Forschung" },
  "HORIZON-CL2-DEMOCRACY": { en: "Democracy and governance", fr: "Démocratie et gouvernance", de: "Demokratie und Governance" },
  "HORIZON-CL2-HERITAGE": { en: "European cultural heritage and the cultural and creative industries", fr: "Patrimoine culturel européen et industries culturelles et créatives", de: "Europäisches Kulturerbe und Kultur- und Kreativwirtschaft" },
  "HORIZON-CL2-HERITAGE-ECCCH": { en: "European Collaborative Cloud for Cultural Heritage", fr: "Cloud collaboratif européen pour le patrimoine culturel", de: "Europäische kollaborative Cloud für das Kulturerbe" },
  "HORIZON-CL2-TRANSFORMATIONS": { en: "Social and economic transformations", fr: "Transformations sociales et économiques", de: "Sozialer und wirtschaftlicher Wandel" },
  "HORIZON-CL3-FCT": { en: "Fighting crime and terrorism", fr: "Lutte contre la criminalité et le terrorisme", de: "Bekämpfung von Kriminalität und Terrorismus" },
  "HORIZON-CL3-BM": { en: "Border management", fr: "Gestion des frontières", de: "Grenzmanagement" },
  "HORIZON-CL3-INFRA": { en: "Resilient infrastructure", fr: "Infrastructures résilientes", de: "Widerstandsfähige Infrastruktur" },
  "HORIZON-CL3-CS": { en: "Cybersecurity", fr: "Cybersécurité", de: "Cybersicherheit" },
  "HORIZON-CL3-DRS": { en: "A disaster-resilient society", fr: "Une société résiliente face aux catastrophes", de: "Eine katastrophenresistente Gesellschaft" },
  "HORIZON-CL3-SSRI": { en: "Strengthened security research and innovation", fr: "Recherche et innovation renforcées en matière de sécurité", de: "Gestärkte Sicherheitsforschung und -innovation" },
  "HORIZON-CL4-TWIN-TRANSITION": { en: "Climate-neutral, circular and digitised production", fr: "Production neutre pour le climat, circulaire et numérisée", de: "Klimaneutrale, kreislauforientierte und digitalisierte Produktion" },
  "HORIZON-CL4-RESILIENCE": { en: "Key strategic value chains for a resilient industry", fr: "Chaînes de valeur stratégiques pour une industrie résiliente", de: "Strategische Wertschöpfungsketten für eine widerstandsfähige Industrie" },
  "HORIZON-CL4-DATA": { en: "Data and computing technologies", fr: "Technologies des données et du calcul", de: "Daten- und Rechentechnologien" },
  "HORIZON-CL4-DIGITAL-EMERGING": { en: "Digital and emerging technologies", fr: "Technologies numériques et émergentes", de: "Digitale und neue Technologien" },
  "HORIZON-CL4-SPACE": { en: "Space infrastructures, services, applications and data", fr: "Infrastructures, services, applications et données spatiaux", de: "Weltrauminfrastrukturen, -dienste, -anwendungen und -daten" },
  "HORIZON-CL4-HUMAN": { en: "Human-centred and ethical digital and industrial technologies", fr: "Technologies numériques et industrielles éthiques et centrées sur l’humain", de: "Menschenzentrierte und ethische digitale und industrielle Technologien" },
  "HORIZON-EUSPA": { en: "EU Space Programme Agency", fr: "Agence de l’UE pour le programme spatial", de: "EU-Agentur für das Weltraumprogramm" },
  "HORIZON-CL5-D1": { en: "Climate sciences and responses", fr: "Sciences du climat et réponses au changement climatique", de: "Klimawissenschaften und Antworten auf den Klimawandel" },
  "HORIZON-CL5-D2": { en: "Cross-sectoral solutions for the climate transition", fr: "Solutions transsectorielles pour la transition climatique", de: "Sektorübergreifende Lösungen für den Klimawandel" },
  "HORIZON-CL5-D3": { en: "Sustainable, secure and competitive energy supply", fr: "Approvisionnement énergétique durable, sûr et compétitif", de: "Nachhaltige, sichere und wettbewerbsfähige Energieversorgung" },
  "HORIZON-CL5-D4": { en: "Efficient, sustainable and inclusive energy use", fr: "Utilisation efficace, durable et inclusive de l’énergie", de: "Effiziente, nachhaltige und inklusive Energienutzung" },
  "HORIZON-CL5-D5": { en: "Clean and competitive solutions for all transport modes", fr: "Solutions propres et compétitives pour tous les modes de transport", de: "Saubere und wettbewerbsfähige Lösungen für alle Verkehrsträger" },
  "HORIZON-CL5-D6": { en: "Safe, resilient transport and smart mobility services", fr: "Transports sûrs et résilients et services de mobilité intelligents", de: "Sicherer, widerstandsfähiger Verkehr und intelligente Mobilitätsdienste" },
  "HORIZON-CL6-BIODIV": { en: "Biodiversity and ecosystem services", fr: "Biodiversité et services écosystémiques", de: "Biodiversität und Ökosystemleistungen" },
  "HORIZON-CL6-FARM2FORK": { en: "Fair, healthy and environment-friendly food systems", fr: "Systèmes alimentaires équitables, sains et respectueux de l’environnement", de: "Faire, gesunde und umweltfreundliche Lebensmittelsysteme" },
  "HORIZON-CL6-CIRCBIO": { en: "Circular economy and bioeconomy", fr: "Économie circulaire et bioéconomie", de: "Kreislaufwirtschaft und Bioökonomie" },
  "HORIZON-CL6-ZEROPOLLUTION": { en: "Clean environment and zero pollution", fr: "Environnement propre et zéro pollution", de: "Saubere Umwelt und Null Schadstoffe" },
  "HORIZON-CL6-CLIMATE": { en: "Land, ocean and water for climate action", fr: "Terres, océans et eau pour l’action climatique", de: "Land, Meere und Wasser für den Klimaschutz" },
  "HORIZON-CL6-COMMUNITIES": { en: "Resilient rural, coastal and urban communities", fr: "Communautés rurales, côtières et urbaines résilientes", de: "Widerstandsfähige ländliche, küstennahe und städtische Gemeinschaften" },
  "HORIZON-CL6-GOVERNANCE": { en: "Governance, environmental observation and digital solutions", fr: "Gouvernance, observation de l’environnement et solutions numériques", de: "Governance, Umweltbeobachtung und digitale Lösungen" },
  "HORIZON-JTI-CLEANH2": { en: "Clean Hydrogen Partnership", fr: "Partenariat pour un hydrogène propre", de: "Partnerschaft für sauberen Wasserstoff" },
  "HORIZON-JU-CLEAN-AVIATION": { en: "Clean Aviation", fr: "Aviation propre", de: "Saubere Luftfahrt" },
  "HORIZON-JU-CBE": { en: "Circular Bio-based Europe", fr: "Europe biosourcée circulaire", de: "Kreislauforientiertes biobasiertes Europa" },
  "HORIZON-JU-IHI": { en: "Innovative Health Initiative", fr: "Initiative pour une santé innovante", de: "Initiative für innovative Gesundheit" },
  "HORIZON-JU-GH-EDCTP3": { en: "Global Health EDCTP3", fr: "Santé mondiale EDCTP3", de: "Globale Gesundheit EDCTP3" },
  "HORIZON-JU-SNS": { en: "Smart Networks and Services for 6G", fr: "Réseaux et services intelligents pour la 6G", de: "Intelligente Netze und Dienste für 6G" },
  "HORIZON-JU-CHIPS": { en: "Chips Joint Undertaking", fr: "Entreprise commune Puces", de: "Gemeinsames Unternehmen für Chips" },
  "HORIZON-KDT": { en: "Key Digital Technologies", fr: "Technologies numériques clés", de: "Digitale Schlüsseltechnologien" },
  "HORIZON-SESAR": { en: "SESAR: air traffic management", fr: "SESAR : gestion du trafic aérien", de: "SESAR: Flugverkehrsmanagement" },
  "HORIZON-EUROHPC": { en: "EuroHPC: high-performance computing", fr: "EuroHPC : calcul à haute performance", de: "EuroHPC: Hochleistungsrechnen" },
  "HORIZON-ER": { en: "Europe's Rail", fr: "Europe’s Rail", de: "Europe’s Rail" },
  "HORIZON-MISS-OCEAN": { en: "Mission: restore our ocean and waters", fr: "Mission : restaurer nos océans et nos eaux", de: "Mission: Wiederherstellung unserer Ozeane und Gewässer" },
  "HORIZON-MISS-SOIL": { en: "Mission: a soil deal for Europe", fr: "Mission : un pacte pour les sols en Europe", de: "Mission: ein Boden-Deal für Europa" },
  "HORIZON-MISS-CANCER": { en: "Mission: cancer", fr: "Mission : cancer", de: "Mission: Krebs" },
  "HORIZON-MISS-CLIMA": { en: "Mission: adaptation to climate change", fr: "Mission : adaptation au changement climatique", de: "Mission: Anpassung an den Klimawandel" },
  "HORIZON-MISS-CIT": { en: "Mission: climate-neutral and smart cities", fr: "Mission : villes intelligentes et neutres pour le climat", de: "Mission: klimaneutrale und intelligente Städte" },
  "HORIZON-MISS-NEB": { en: "New European Bauhaus", fr: "Nouveau Bauhaus européen", de: "Neues Europäisches Bauhaus" },
  "HORIZON-MSCA-PF": { en: "Marie Skłodowska-Curie postdoctoral fellowships", fr: "Bourses postdoctorales Marie Skłodowska-Curie", de: "Marie-Skłodowska-Curie-Postdoktorandenstipendien" },
  "HORIZON-MSCA-DN": { en: "Marie Skłodowska-Curie doctoral networks", fr: "Réseaux doctoraux Marie Skłodowska-Curie", de: "Marie-Skłodowska-Curie-Doktorandennetzwerke" },
  "HORIZON-MSCA-SE": { en: "Marie Skłodowska-Curie staff exchanges", fr: "Échanges de personnel Marie Skłodowska-Curie", de: "Marie-Skłodowska-Curie-Personalaustausch" },
  "HORIZON-MSCA-COFUND": { en: "Marie Skłodowska-Curie co-funding of programmes", fr: "Cofinancement de programmes Marie Skłodowska-Curie", de: "Marie-Skłodowska-Curie-Kofinanzierung von Programmen" },
  "HORIZON-MSCA-CITIZENS": { en: "European Researchers' Night", fr: "Nuit européenne des chercheurs", de: "Europäische Forschernacht" },
  "HORIZON-EIC-PATHFINDEROPEN": { en: "EIC Pathfinder Open", fr: "EIC Pathfinder Open", de: "EIC Pathfinder Open" },
  "HORIZON-EIC-PATHFINDERCHALLENGES": { en: "EIC Pathfinder Challenges", fr: "EIC Pathfinder Challenges", de: "EIC Pathfinder Challenges" },
  "HORIZON-EIC-TRANSITIONOPEN": { en: "EIC Transition Open", fr: "EIC Transition Open", de: "EIC Transition Open" },
  "HORIZON-EIC-TRANSITIONCHALLENGES": { en: "EIC Transition Challenges", fr: "EIC Transition Challenges", de: "EIC Transition Challenges" },
  "HORIZON-EIC-ACCELERATOR": { en: "EIC Accelerator", fr: "EIC Accelerator", de: "EIC Accelerator" },
  "HORIZON-EIC-ACCELERATOROPEN": { en: "EIC Accelerator Open", fr: "EIC Accelerator Open", de: "EIC Accelerator Open" },
  "HORIZON-EIC-ACCELERATORCHALLENGES": { en: "EIC Accelerator Challenges", fr: "EIC Accelerator Challenges", de: "EIC Accelerator Challenges" },
  "HORIZON-WIDERA-ACCESS": { en: "Widening participation and spreading excellence", fr: "Élargir la participation et propager l’excellence", de: "Ausweitung der Beteiligung und Verbreitung von Exzellenz" },
  "HORIZON-WIDERA-TALENTS": { en: "ERA Talents", fr: "Talents de l’EER", de: "EFR-Talente" },
  "HORIZON-WIDERA-ERA": { en: "Reforming and enhancing the European R&I system", fr: "Réformer et renforcer le système européen de R&I", de: "Reform und Stärkung des europäischen FuI-Systems" },
  "HORIZON-INFRA-EOSC": { en: "European Open Science Cloud", fr: "Nuage européen pour la science ouverte", de: "Europäische Cloud für offene Wissenschaft" },
  "ERC-STG": { en: "ERC Starting Grants", fr: "Subventions de démarrage de l’ERC", de: "ERC Starting Grants" },
  "ERC-COG": { en: "ERC Consolidator Grants", fr: "Subventions de consolidation de l’ERC", de: "ERC Consolidator Grants" },
  "ERC-ADG": { en: "ERC Advanced Grants", fr: "Subventions avancées de l’ERC", de: "ERC Advanced Grants" },
  "ERC-SYG": { en: "ERC Synergy Grants", fr: "Subventions Synergy de l’ERC", de: "ERC Synergy Grants" },
  "ERC-POC": { en: "ERC Proof of Concept", fr: "Preuve de concept de l’ERC", de: "ERC Proof of Concept" },
  "ERC-POC1": { en: "ERC Proof of Concept", fr: "Preuve de concept de l’ERC", de: "ERC Proof of Concept" },
  "ERC-POC2": { en: "ERC Proof of Concept", fr: "Preuve de concept de l’ERC", de: "ERC Proof of Concept" },
  ART: { en: "Automated road transport", fr: "Transport routier automatisé", de: "Automatisierter Straßenverkehr" },
  GV: { en: "Green vehicles", fr: "Véhicules propres", de: "Umweltfreundliche Fahrzeuge" },
  "LC-GV": { en: "Green vehicles for a low-carbon future", fr: "Véhicules propres pour un avenir bas carbone", de: "Umweltfreundliche Fahrzeuge für eine CO₂-arme Zukunft" },
  MG: { en: "Mobility for growth", fr: "Mobilité pour la croissance", de: "Mobilität für Wachstum" },
};

/** A call family's name in `locale`: that of the longest code of {@link FAMILY_NAMES} its own
 * code starts with (whole segments); undefined for a broad family (HORIZON-CL5) or an unnamed
 * one. */
export function familyName(code: string, locale: Locale): string | undefined {
  const segments = code.toUpperCase().split("-");
  for (let length = segments.length; length > 0; length--) {
    const names = FAMILY_NAMES[segments.slice(0, length).join("-")];
    if (names) return names[locale];
  }
  return undefined;
}

/** Every call family known by name, with its English name. */
export function familyNames(): [string, string][] {
  return Object.entries(FAMILY_NAMES).map(([code, names]) => [code, names.en]);
}

/** What a Horizon Europe call family's code says, in `locale`: its part, and its destination
 * when the code names one ("HORIZON-CL5-D3": cluster 5, destination 3); undefined for any
 * other code (Horizon 2020's name lines of a work programme, which the data does not). */
export function familyPart(code: string, locale: Locale): { part: string; destination?: string } | undefined {
  const [programme, segment, next] = code.toUpperCase().split("-");
  const part = programme === "HORIZON" ? HORIZON_SEGMENTS[segment ?? ""] : undefined;
  if (!part) return undefined;
  const id = `he-part-${part}`;
  const name = translatedTopicName(id, locale) ?? EN[id];
  const destination = next && /^D\d+$/.test(next) ? next.slice(1) : undefined;
  return { part: name, destination };
}

const KIND_BY_PREFIX: [string, string][] = [
  ["h2020-part-", "PROGRAMME_PART"],
  ["he-part-", "PROGRAMME_PART"],
  ["h2020-area-", "THEMATIC_AREA"],
  ["esv-", "FIELD_OF_SCIENCE"],
  ["lci-topic-", "CURATED"],
];

/** The topics whose name in `locale` holds every word of `text` (accents and case aside; the
 * last word also as the start of a word, as it is being typed; of three letters, the names
 * that hold it as a word first: the API's rule), with their kind: the topic search looks in
 * the data's English names, these are the reader's. */
export function topicsNamed(text: string, locale: Locale): { id: string; name: string; kind: string }[] {
  const words = wordsOf(text);
  const last = words.pop();
  if (last === undefined) return [];
  const named = (started: boolean) =>
    Object.entries(topicNames(locale)).flatMap(([id, name]) => {
      const own = wordsOf(name);
      const ends = started ? own.some((word) => word.startsWith(last)) : own.includes(last);
      const kind = KIND_BY_PREFIX.find(([prefix]) => id.startsWith(prefix))?.[1] ?? "TOPIC";
      return words.every((word) => own.includes(word)) && ends ? [{ id, name, kind }] : [];
    });
  if (last.length >= 4) return named(true);
  const whole = named(false);
  if (last.length < 3) return whole;
  const ids = new Set(whole.map((topic) => topic.id));
  return [...whole, ...named(true).filter((topic) => !ids.has(topic.id))];
}
