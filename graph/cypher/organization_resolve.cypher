// The facts shown for organisations, from the facts each source gave (<field><Source>
// properties), by a fixed precedence: what a person set (Manual: the API or a bundle)
// first, then the complete Horizon Europe data (HorizonEurope: December 2025, the newest
// names, places, kinds and SME status), then the CORDIS Horizon 2020 tables
// (Participation: the participation rows, Cordis: the name table and the official
// download), then the partial Horizon Europe slice (Horizon), then the supplement. `names`
// lists every distinct name, best first, so earlier names stay findable (search reads them
// in nameText, search_names.cypher). The kind label follows the resolved CORDIS activity type; with none
// known, the labels stay as they are, so the kind stays unknown rather than guessed.
// $ids: the organisations to resolve.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
WITH o,
     [n IN [o.nameManual, o.nameHorizonEurope, o.nameCordis, o.nameHorizon, o.nameSupplement]
       WHERE n IS NOT NULL] AS ranked,
     coalesce(o.typeHorizonEurope, o.typeParticipation, o.typeCordis, o.typeSupplement)
       AS activity
WITH o, activity, reduce(seen = [], n IN ranked | CASE WHEN n IN seen THEN seen ELSE seen + n END)
       AS names
SET o.name = coalesce(names[0], o.name),
    o.names = CASE WHEN size(names) = 0 THEN o.names ELSE names END,
    o.nameSource = CASE
      WHEN o.nameManual IS NOT NULL THEN 'manual'
      WHEN o.nameHorizonEurope IS NOT NULL THEN 'horizon-europe'
      WHEN o.nameCordis IS NOT NULL THEN 'cordis'
      WHEN o.nameHorizon IS NOT NULL THEN 'horizon-europe-partial'
      WHEN o.nameSupplement IS NOT NULL THEN 'supplement'
      ELSE o.nameSource END,
    o.shortName = coalesce(o.shortNameManual, o.shortNameHorizonEurope, o.shortNameCordis,
                           o.shortNameSupplement, o.shortName),
    o.country = coalesce(o.countryManual, o.countryHorizonEurope, o.countryParticipation,
                         o.countryHorizon, o.countryCordis, o.countrySupplement, o.country),
    o.city = coalesce(o.cityManual, o.cityHorizonEurope, o.cityCordis, o.citySupplement, o.city),
    o.website = coalesce(o.websiteManual, o.websiteCordis, o.websiteSupplement, o.website),
    o.region = coalesce(o.regionManual, o.regionHorizonEurope, o.regionSupplement, o.region),
    o.sme = coalesce(o.smeManual, o.smeHorizonEurope, o.smeCordis, o.sme),
    o.latitude = coalesce(o.latitudeHorizonEurope, o.latitude),
    o.longitude = coalesce(o.longitudeHorizonEurope, o.longitude)
WITH o, CASE WHEN o.kindManual IS NOT NULL THEN o.kindManual ELSE CASE activity
  WHEN 'PRC' THEN 'Company'
  WHEN 'REC' THEN 'ResearchInstitution'
  WHEN 'HES' THEN 'ResearchInstitution'
  WHEN 'PUB' THEN 'PublicActor'
  WHEN 'OTH' THEN 'OtherActor' END END AS kind
FOREACH (_ IN CASE WHEN kind IS NULL THEN [] ELSE [1] END |
  REMOVE o:Company:ResearchInstitution:PublicActor:OtherActor
  SET o:$(kind)
)
