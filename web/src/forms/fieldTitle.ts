import type { JsonSchema } from '../api/catalogueTypes';

type Node = JsonSchema | undefined;

function property(schema: Node, key: string): Node {
  const direct = (schema?.properties as Record<string, JsonSchema> | undefined)?.[key];
  if (direct) return direct;
  // Conditional fields live in allOf[*].then.properties.
  for (const branch of (schema?.allOf as JsonSchema[] | undefined) ?? []) {
    const found = property(branch.then as Node, key);
    if (found) return found;
  }
  return undefined;
}

/** The titles along a field path (`members.0.name` → ['同住成员', 1, '姓名']), for an error summary. */
export function fieldTrail(schema: JsonSchema, path: string): (string | number)[] {
  const trail: (string | number)[] = [];
  let node: Node = schema;
  for (const key of path.split('.')) {
    if (/^\d+$/.test(key)) {
      trail.push(Number(key) + 1);
      node = node?.items as Node;
    } else {
      node = property(node, key);
      trail.push(typeof node?.title === 'string' ? node.title : key);
    }
  }
  return trail;
}
