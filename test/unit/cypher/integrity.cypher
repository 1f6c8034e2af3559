// name: integrity.duplicates
// parameters:
// {
//   "sample": 50
// }

// integrity.duplicates
MATCH ()-[r:PRODUCES]->() WHERE r.id IS NOT NULL
WITH r.id AS id, collect(r) AS copies
WHERE size(copies) > 1
WITH id, size(copies) AS n,
     all(x IN copies WHERE startNode(x) = startNode(head(copies)) AND endNode(x) = endNode(head(copies))) AS sameEnds
ORDER BY id
RETURN count(id) AS ids, sum(n - 1) AS extra, collect({id: id, copies: n, sameEnds: sameEnds})[0..$sample] AS sample

// ----

// name: integrity.merge
// parameters:
// {}

// integrity.merge
MATCH ()-[r:PRODUCES]->() WHERE r.id IS NOT NULL
WITH r.id AS id, collect(r) AS copies
WHERE size(copies) > 1
  AND all(x IN copies WHERE startNode(x) = startNode(head(copies)) AND endNode(x) = endNode(head(copies)))
WITH id, head(copies) AS keep, tail(copies) AS extra,
     reduce(all = [], x IN copies | all + coalesce(x.sources, [])) AS cited
SET keep.sources = [i IN range(0, size(cited) - 1) WHERE NOT cited[i] IN cited[0..i] | cited[i]]
FOREACH (x IN extra | DELETE x)
RETURN count(id) AS ids, sum(size(extra)) AS removed
