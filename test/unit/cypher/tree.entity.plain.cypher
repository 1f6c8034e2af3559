// name: tree.entity
// parameters:
// {}

// tree.entity
MATCH (e:Entity {id: $id})
RETURN e { .`id`, .`name`, .`iso3`, labels: labels(e) } AS entity
