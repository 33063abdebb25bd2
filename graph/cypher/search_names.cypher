// The words an organisation, topic or cluster $n is found by in the search index (nameText,
// the index's one field for names; graph/schema.py): every word of its names, each once
// whatever its case and the punctuation around it ("(LUXEMBOURG)", "SA,"), in order. An
// organisation's names are the names its sources gave and its short name, a cluster's its
// name and the names it had before, a topic's its name. One field, each word once: the
// index adds up the fields a node matches in, so a name kept in three fields (the name, the
// list of names, a short name that repeats it) came before a better known organisation's
// ("Luxembourg" put EUROPEAN DYNAMICS LUXEMBOURG SA, short name ED LUXEMBOURG, before the
// Université du Luxembourg). Accents are not folded here: "UNIVERSITE" and "Université"
// both stay, as the index reads them alike. The caller binds n (graph/schema.py).
WITH n, [w IN split(reduce(s = '', x IN [n.name] + coalesce(n.names, []) + [n.shortName]
           + coalesce(n.aliasNames, []) | s + ' ' + coalesce(x, '')), ' ')
         | btrim(w, '()[],;:"«»“”‘’!?')] AS words
WITH n, reduce(acc = {seen: [], kept: []}, w IN words |
       CASE WHEN w = '' OR toLower(w) IN acc.seen THEN acc
            ELSE {seen: acc.seen + toLower(w), kept: acc.kept + w} END).kept AS kept
SET n.nameText = CASE WHEN kept = [] THEN null
                      ELSE reduce(s = head(kept), w IN tail(kept) | s + ' ' + w) END
