// What the demo objectives are (importers/demo_data/objectives.csv describes them in English,
// with the indicator's code) in the three languages, keyed by objective id; any other
// objective keeps what the data says.
import type { Locale } from ".";

type Texts = Record<Locale, string>;

const ILLUSTRATIVE: Texts = {
  en: "Illustrative objective (the press release names the plan area, not a figure)",
  fr: "Objectif d’illustration (le communiqué nomme le domaine du plan, pas un chiffre)",
  de: "Beispielhaftes Ziel (die Pressemitteilung nennt den Planbereich, keine Kennzahl)",
};

function illustrative(what: Texts): Texts {
  return { en: `${ILLUSTRATIVE.en}: ${what.en}.`, fr: `${ILLUSTRATIVE.fr}\u00a0: ${what.fr}.`, de: `${ILLUSTRATIVE.de}: ${what.de}.` };
}

function contribution(en: string, fr: string, de: string): Texts {
  return {
    en: `This cluster’s contribution to the initiative’s target of about ${en} by 2020 (announced on 3 October 2013 for the Luxembourg Cluster Initiative as a whole; the target belongs to the initiative, which adds up the clusters’ values).`,
    fr: `Contribution de ce cluster à la cible de l’initiative d’environ ${fr} d’ici 2020 (annoncée le 3 octobre 2013 pour l’ensemble de la Luxembourg Cluster Initiative\u00a0; la cible appartient à l’initiative, qui additionne les valeurs des clusters).`,
    de: `Beitrag dieses Clusters zum Ziel der Initiative von etwa ${de} bis 2020 (angekündigt am 3. Oktober 2013 für die Luxembourg Cluster Initiative als Ganzes; das Ziel gehört der Initiative, die die Werte der Cluster addiert).`,
  };
}

const BUSINESSES = contribution("300 new businesses", "300 nouvelles entreprises", "300 neuen Unternehmen");
const JOBS = contribution("3,000 new jobs", "3\u00a0000 nouveaux emplois", "3.000 neuen Arbeitsplätzen");

const TEXTS: Record<string, Texts> = {
  ...Object.fromEntries(
    ["biohealth", "ecoinnovation", "ict", "materials", "space", "automotive"].flatMap((cluster) => [
      [`lci-${cluster}-2020-new-businesses`, BUSINESSES],
      [`lci-${cluster}-2020-new-jobs`, JOBS],
    ]),
  ),
  "lci-automotive-2020-internationalisation": {
    en: "Illustrative target, measured from the data: foreign organisations that started a first project with the organisations active in the automotive domain, from 2014 to 2020 (the indicator “New foreign partners”).",
    fr: "Cible d’illustration, mesurée à partir des données\u00a0: organisations étrangères qui ont commencé un premier projet avec les organisations actives dans le domaine automobile, de 2014 à 2020 (l’indicateur «\u00a0Nouveaux partenaires étrangers\u00a0»).",
    de: "Beispielhaftes Ziel, aus den Daten gemessen: ausländische Organisationen, die ein erstes Projekt mit den im Automobilbereich aktiven Organisationen begonnen haben, von 2014 bis 2020 (der Indikator „Neue ausländische Partner“).",
  },
  "lci-automotive-2020-flagship-projects": illustrative({
    en: "flagship collaborative projects started by cluster members",
    fr: "projets collaboratifs phares lancés par des membres du cluster",
    de: "kooperative Leuchtturmprojekte, die Mitglieder des Clusters begonnen haben",
  }),
  "lci-automotive-2020-branding": illustrative({
    en: "events held under the cluster’s brand",
    fr: "manifestations organisées sous la marque du cluster",
    de: "Veranstaltungen unter der Marke des Clusters",
  }),
  "lci-automotive-2020-prospection": illustrative({
    en: "foreign companies contacted as prospects",
    fr: "entreprises étrangères démarchées",
    de: "angesprochene ausländische Unternehmen",
  }),
};

/** What an objective is, in `locale` where this table has it, else the data's description. */
export function objectiveDescription(objective: { id: string; description?: string | null }, locale: Locale): string | null {
  return TEXTS[objective.id]?.[locale] ?? objective.description ?? null;
}

/** The objective ids this table describes, for the test that every demo objective is in it. */
export function describedObjectives(): string[] {
  return Object.keys(TEXTS);
}
