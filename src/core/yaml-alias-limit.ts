/**
 * How far a YAML document's aliases may expand, judged as Docker Compose's loader judges it, by
 * counting rather than expanding.
 */
import { isAlias, isMap, isNode, isSeq, type Node as YamlNode } from 'yaml';

/**
 * Alias limits as Docker Compose's loader applies them (compose-go decodes with go-yaml): counted
 * in nodes after expansion, a document may take up to 99% of its nodes from aliases while it has
 * at most 400,000 of them, sliding down to 10% at 4,000,000, so a "billion laughs" document fails
 * within its first few thousand nodes while real files with a hundred anchors load. Below 100
 * alias nodes or 1,000 nodes in all nothing is refused.
 */
const ALIAS_RATIO_LOW = 400_000;
const ALIAS_RATIO_HIGH = 4_000_000;
const ALIAS_NODES_FREE = 100;
const NODES_FREE = 1_000;

function allowedAliasRatio(nodes: number): number {
  if (nodes <= ALIAS_RATIO_LOW) return 0.99;
  if (nodes >= ALIAS_RATIO_HIGH) return 0.1;
  return 0.99 - (0.89 * (nodes - ALIAS_RATIO_LOW)) / (ALIAS_RATIO_HIGH - ALIAS_RATIO_LOW);
}

function countText(n: number): string {
  return n < 1e12 ? String(n) : 'more than 10^12';
}

/**
 * Refuses a document whose aliases expand too much, judged by node counts computed from the
 * syntax tree (each anchored node's expanded size once), so nothing is expanded to decide. Nodes
 * are counted in document order as a decoder meets them, and the limit is checked after each
 * alias, where the share of alias nodes peaks. `refuse` gets the reason, and the node it is about
 * when there is one (an alias to no anchor, or to the anchor that holds it).
 */
export function checkAliasExpansion(
  root: YamlNode,
  refuse: (reason: string, node?: YamlNode) => never,
): void {
  const size = new Map<YamlNode, number>();
  const anchors = new Map<string, YamlNode>();
  const open = new Set<YamlNode>();
  let nodes = 0;
  let aliasNodes = 0;
  type Frame = { node: YamlNode; children: YamlNode[]; next: number; total: number };
  const stack: Frame[] = [];
  const enter = (node: YamlNode): number | undefined => {
    nodes += 1;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) {
        return refuse('an alias names no anchor defined before it', node);
      }
      if (open.has(target)) return refuse('an anchor contains an alias to itself', node);
      const expanded = size.get(target) ?? 1;
      nodes += expanded;
      aliasNodes += expanded;
      if (
        aliasNodes > ALIAS_NODES_FREE &&
        nodes > NODES_FREE &&
        aliasNodes / nodes > allowedAliasRatio(nodes)
      ) {
        refuse(
          `its YAML aliases expand to ${countText(aliasNodes)} of its ${countText(nodes)} nodes (an alias bomb?), more than Docker Compose accepts`,
        );
      }
      return 1 + expanded;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor !== undefined) anchors.set(anchor, node);
    const children: YamlNode[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isNode(pair.key)) children.push(pair.key);
        if (isNode(pair.value)) children.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (isNode(item)) children.push(item);
    }
    if (children.length === 0) {
      size.set(node, 1);
      return 1;
    }
    open.add(node);
    stack.push({ node, children, next: 0, total: 1 });
    return undefined;
  };
  // Iterative, so deeply nested input cannot exhaust the call stack here.
  let done = enter(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (done !== undefined) frame.total += done;
    const child = frame.children[frame.next];
    if (child !== undefined) {
      frame.next += 1;
      done = enter(child);
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    size.set(frame.node, frame.total);
    done = frame.total;
  }
}
