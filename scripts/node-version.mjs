// The command line and the browser mode run on the machine's Node; better-sqlite3 13 needs Node 24
// (on Node 20 it crashes the process without a word). Say so in Swedish instead.
export const NODE_MAJOR_REQUIRED = 24;

export function nodeVersionProblem(version = process.versions.node) {
  const major = Number(version.split('.')[0]);
  if (major >= NODE_MAJOR_REQUIRED) return null;
  return [
    `IUB-katalogen kräver Node ${NODE_MAJOR_REQUIRED} eller senare; den här datorn kör Node ${version}.`,
    'Lägg Node 24 först i PATH, till exempel med: source scripts/ensure-node.sh',
  ].join('\n');
}
