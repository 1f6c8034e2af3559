// name: tree.entity
// parameters:
// {}

// tree.entity
MATCH (e:Entity {id: $id})
RETURN e { .`id`, .`name`, .`iso3`, label: head([l IN labels(e) WHERE l <> 'Entity']) } AS entity
