// Store the derived properties that graph/derived_organizations.py computed: $rows of
// {id, values} (partnerCount, sgProjects, sgDeg, sgRecent, sgGrowth, sgCoord, sgTopics,
// sgPartnerIds, sgPartnerW, sgPartnerN, sgPartnerDeg, sgPartnerLed, sgPartnerLedBy,
// sgLatestIds: null removes it).
UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
SET o += row.values
