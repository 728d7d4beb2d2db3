// Runs every query in queries.json once against the peer and prints, per operation: ok/error,
// response size and a short normalised summary, next to the same summary from our API (the
// questions of the Java benchmarks) and from plain Cypher mirroring our API's queries.
//
//   PEER_URL   peer endpoint            (default http://127.0.0.1:4000/)
//   OURS_URL   our GraphQL endpoint     (default http://127.0.0.1:8099/graphql)
//   OURS_TOKEN bearer token for ours    (default bench-read)
//   NEO4J_URI  database for the Cypher reference (default bolt://127.0.0.1:7687; skipped if down)
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const PEER_URL = process.env.PEER_URL ?? "http://127.0.0.1:4000/";
const OURS_URL = process.env.OURS_URL ?? "http://127.0.0.1:8099/graphql";
const OURS_TOKEN = process.env.OURS_TOKEN ?? "bench-read";
const NEO4J_URI = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const QUESTIONS = here("../../src/test/java/org/pairingatlas/benchmark/scale/Questions.java");
const BENCHMARK = here("../../src/test/java/org/pairingatlas/benchmark/GraphQlApiBenchmark.java");

// Our operations, read from the benchmarks' Java sources so they stay in step: the scale
// benchmark's questions (name, then our document) and the API benchmark's extra ones.
function ourOperations() {
  const javaString = (s) => s.replace(/\\(.)/g, "$1");
  const ops = new Map();
  const patterns = [
    [QUESTIONS, /new Question\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"/g],
    [BENCHMARK, /OPERATIONS\.put\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)/g],
  ];
  for (const [file, pattern] of patterns) {
    if (!existsSync(file)) continue;
    for (const m of readFileSync(file, "utf8").matchAll(pattern)) ops.set(javaString(m[1]), javaString(m[2]));
  }
  return ops;
}

async function post(url, body, headers = {}) {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, size: text.length, ms, error: `HTTP ${response.status}` };
    }
    const error = json.errors?.length ? json.errors.map((e) => e.message).join("; ") : response.ok ? null : `HTTP ${response.status}`;
    return { ok: !error && json.data != null, size: Buffer.byteLength(text), ms, data: json.data, error };
  } catch (e) {
    return { ok: false, size: 0, ms: 0, error: e.cause?.code ?? e.message };
  }
}

// ---- normalisers: the same shape from the peer, from ours and from Cypher ----
const sorted = (a) => [...a].sort();
const yuan = (fen) => (fen == null ? 0 : Number(BigInt(fen)) / 100);
const collectKeys = (value, keys = new Set(), edges = new Set(), parent = null) => {
  if (Array.isArray(value)) {
    value.forEach((v) => collectKeys(v, keys, edges, parent));
  } else if (value && typeof value === "object") {
    const key = value.key ?? null;
    if (key) {
      keys.add(key);
      if (parent && parent !== key) edges.add([parent, key].sort().join("|"));
    }
    for (const [field, v] of Object.entries(value)) {
      if (field !== "key" && v && typeof v === "object") collectKeys(v, keys, edges, key ?? parent);
    }
  }
  return { keys, edges };
};

const N = {
  "look-up: region with parent chain and pairings": {
    peer: (d) => {
      const r = d.regions[0];
      const ancestors = [];
      for (let p = r.parent; p; p = p.parent) ancestors.push(p.name);
      const pairings = [...r.pairingsAsSupporter, ...r.pairingsAsRecipient];
      return { name: r.name, ancestors, pairings: sorted(pairings.map((p) => p.key)), supporters: sorted(pairings.map((p) => p.supporter?.name)), sources: pairings.flatMap((p) => p.sources.map((s) => s.number)) };
    },
    ours: (d) => ({ name: d.region.name, ancestors: d.region.ancestors.map((a) => a.name), pairings: sorted(d.region.pairings.map((p) => p.key)), supporters: sorted(d.region.pairings.map((p) => p.supporter?.name)), sources: d.region.pairings.flatMap((p) => p.sources.map((s) => s.document.number)) }),
    cypher: async (q) => {
      const [row] = await q(`MATCH (r:Region {key: '420324'})
        RETURN r.name AS name, [(r)-[:PART_OF*1..]->(a) | a.name] AS ancestors,
               [(r)<-[:SUPPORTER|RECIPIENT]-(p:Pairing) WHERE p.confirmed | p] AS ps`);
      const pairings = row.ps;
      const details = await q(`UNWIND $keys AS k MATCH (p:Pairing {key: k}) RETURN p.key AS key, [(p)-[:SUPPORTER]->(s) | s.name][0] AS supporter, [(p)-[:CITES]->(s) | s.number] AS sources ORDER BY key`, { keys: pairings.map((p) => p.properties.key) });
      return { name: row.name, ancestors: row.ancestors, pairings: sorted(details.map((p) => p.key)), supporters: sorted(details.map((p) => p.supporter)), sources: details.flatMap((p) => p.sources) };
    },
  },
  "node(id)": {
    peer: (d) => ({ key: d.entities[0]?.key, level: d.entities[0]?.level }),
    ours: (d) => ({ key: d.node?.id, level: d.node?.level }),
    cypher: async (q) => (await q(`MATCH (p:Entity {key: 'pair-miyun-zhuxi'}) RETURN p.key AS key, p.level AS level`))[0],
  },
  "list: pairings under 十堰, page of 20": {
    peer: (d) => ({ totalCount: d.pairingsConnection.totalCount, page: d.pairingsConnection.edges.map((e) => e.node.key) }),
    ours: (d) => ({ totalCount: d.pairings.totalCount, page: d.pairings.edges.map((e) => e.node.key) }),
    cypher: async (q) => {
      const rows = await q(`MATCH (p:Pairing)-[:UNDER]->(g:Programme), (p)-[:SUPPORTER]->(s), (p)-[:RECIPIENT]->(r)
        WHERE p.confirmed AND coalesce(s.confirmed, true) AND coalesce(r.confirmed, true)
          AND EXISTS { (r)-[:LOCATED_IN|PART_OF*0..6]->(:Region {key: '420300'}) }
        RETURN p.key AS key ORDER BY g.key + '/' + p.level, p.key`);
      return { totalCount: rows.length, page: rows.slice(0, 20).map((r) => r.key) };
    },
  },
  "list: projects under 十堰 by name, page of 20": {
    peer: (d) => ({ totalCount: d.projectsConnection.totalCount, page: d.projectsConnection.edges.map((e) => e.node.name) }),
    ours: (d) => ({ totalCount: d.projects.totalCount, page: d.projects.edges.map((e) => e.node.name) }),
    cypher: async (q) => {
      const rows = await q(`MATCH (x:Project) WHERE x.confirmed
          AND EXISTS { (x)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {key: '420300'}) }
        RETURN x.name AS name ORDER BY x.name, x.key`);
      return { totalCount: rows.length, page: rows.slice(0, 20).map((r) => r.name) };
    },
  },
  'search: pinyin "shiyan"': {
    peer: (d) => ({ hits: d.search.map((h) => h.key) }),
    ours: (d) => ({ hits: d.search.map((h) => h.node.id) }),
    cypher: (q) => search(q, "shiyan"),
  },
  'search: Chinese "竹溪"': {
    peer: (d) => ({ hits: d.search.map((h) => h.key) }),
    ours: (d) => ({ hits: d.search.map((h) => h.node.id) }),
    cypher: (q) => search(q, "竹溪"),
  },
  "neighbourhood depth 1 of 竹溪县": {
    peer: (d) => tree(d.regions),
    ours: (d) => graph(d.neighbourhood),
    cypher: (q) => neighbourhood(q, 1),
  },
  "neighbourhood depth 2 of 竹溪县": {
    peer: (d) => tree(d.regions),
    ours: (d) => graph(d.neighbourhood),
    cypher: (q) => neighbourhood(q, 2),
  },
  "shortest path 密云区 → 竹溪密云小学": {
    peer: (d) => ({ path: d.shortestPath.map((n) => n.key) }),
    ours: (d) => ({ path: d.shortestPaths.flatMap((p) => p.nodes.map((n) => n.id)) }),
    cypher: async (q) => ({
      path: (await q(`MATCH p = allShortestPaths((a:Entity {key: '110118'})-[*..8]-(b:Entity {key: 'org-zhuxi-miyun-primary-school'}))
          WHERE all(n IN nodes(p) WHERE n:Entity AND NOT n:Source AND coalesce(n.confirmed, true))
          UNWIND nodes(p) AS n RETURN n.key AS key`)).map((r) => r.key),
    }),
  },
  "coverage: 十堰 townships": {
    peer: (d) => ({ units: d.units.totalCount, paired: d.paired.totalCount, reported: d.reported.map((f) => f.value) }),
    ours: (d) => ({ units: d.coverage.units, paired: d.coverage.pairedCount, reported: d.coverage.reported.map((f) => f.value) }),
    cypher: async (q) => {
      const [c] = await q(`MATCH (u:Region {level: 'township'})-[:PART_OF*1..4]->(:Region {key: '420300'})
        OPTIONAL MATCH (u)<-[:LOCATED_IN*0..1]-(party)<-[:RECIPIENT]-(p:Pairing) WHERE p.confirmed AND coalesce(party.confirmed, true)
        WITH u, count(p) AS pairings RETURN count(u) AS units, count(CASE WHEN pairings > 0 THEN 1 END) AS paired`);
      const reported = await q(`MATCH (f:ReportedFigure)-[:ABOUT]->(subject) WHERE f.measure = 'pairings.township'
          AND ( EXISTS { (:Region {key: '420300'})-[:PART_OF*0..4]->(subject) }
            OR (subject:Programme AND EXISTS { (subject)<-[:UNDER]-(:Pairing)-[:SUPPORTER|RECIPIENT]->()-[:LOCATED_IN|PART_OF*0..4]->(:Region {key: '420300'}) }) )
        WITH DISTINCT f RETURN f.value AS value ORDER BY f.key`);
      return { units: c.units, paired: c.paired, reported: reported.map((r) => r.value) };
    },
  },
  "funding roll-up: 十堰 by category": {
    peer: (d) => ({ rows: Object.fromEntries(d.fundingByCategory.map((r) => [r.category, yuan(r.collaborationFundsFen)])), reported: d.reported.map((f) => f.value) }),
    ours: (d) => ({ rows: Object.fromEntries(d.funding.rows.map((r) => [r.category, Number(r.collaborationFunds)])), reported: d.funding.reported.map((f) => f.value) }),
    cypher: async (q) => {
      const rows = await q(`MATCH (x:Project)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {key: '420300'}) WHERE x.confirmed
        RETURN x.category AS category, sum(coalesce(x.collaborationFundsFen, 0)) AS fen ORDER BY category`);
      const reported = await q(`MATCH (f:ReportedFigure)-[:ABOUT]->(subject)
        WHERE (f.measure STARTS WITH 'funds.' OR f.measure STARTS WITH 'investment.') AND f.unit IN ['yuan', 'wan', 'yi']
          AND (EXISTS { (subject)-[:LOCATED_IN|PART_OF*0..5]->(:Region {key: '420300'}) }
            OR (subject:Programme AND EXISTS { (subject)<-[:UNDER]-(:Pairing)-[:RECIPIENT]->()-[:LOCATED_IN|PART_OF*0..5]->(:Region {key: '420300'}) }))
        WITH DISTINCT f RETURN f.value AS value ORDER BY f.measure, f.dimension, f.key`);
      return { rows: Object.fromEntries(rows.map((r) => [r.category, yuan(r.fen)])), reported: reported.map((r) => r.value) };
    },
  },
  "targets of 京鄂 with progress": {
    peer: (d) => ({ targets: d.targets.length }),
    ours: (d) => ({ targets: d.targets.length }),
    cypher: async (q) => ({ targets: (await q(`MATCH (t:Target)-[:UNDER]->(:Programme {key: 'jing-e'}) WHERE coalesce(t.confirmed, true) RETURN count(t) AS n`))[0].n }),
  },
  "programmes with counts": {
    peer: (d) => Object.fromEntries(d.programmes.map((p) => [p.key, [p.pairingsConnection.totalCount, p.projectsConnection.totalCount]])),
    ours: (d) => Object.fromEntries(sorted(d.programmes.map((p) => p.key)).map((k) => [k, ((p) => [p.counts.pairings, p.counts.projects])(d.programmes.find((p) => p.key === k))])),
    cypher: async (q) => Object.fromEntries((await q(`MATCH (g:Programme) RETURN g.key AS key,
        COUNT { (x:Pairing)-[:UNDER]->(g) WHERE x.confirmed } AS pairings, COUNT { (x:Project)-[:UNDER]->(g) WHERE x.confirmed } AS projects ORDER BY key`)).map((r) => [r.key, [r.pairings, r.projects]])),
  },
  'search: pinyin "shiyan" [variant: per-type @fulltext]': {
    peer: (d) => ({ hits: Object.values(d).flatMap((c) => c.edges).sort((a, b) => b.score - a.score).map((e) => e.node.key) }),
  },
  'search: Chinese "竹溪" [variant: per-type @fulltext]': {
    peer: (d) => ({ hits: Object.values(d).flatMap((c) => c.edges).sort((a, b) => b.score - a.score).map((e) => e.node.key) }),
  },
  "funding roll-up: 十堰 by category [variant: no @cypher]": {
    peer: (d) => {
      const rows = {};
      for (const p of d.projects) rows[p.category] = (rows[p.category] ?? 0) + yuan(p.collaborationFundsFen);
      return { rows: Object.fromEntries(Object.entries(rows).sort()) };
    },
  },
};

function tree(regions) {
  const { keys, edges } = collectKeys(regions);
  return { nodes: keys.size, edges: edges.size };
}

function graph(subgraph) {
  const edges = new Set(subgraph.edges.map((e) => [e.source, e.target].sort().join("|")));
  return { nodes: subgraph.nodes.length, edges: edges.size };
}

// Our API's ranked search (TextSearch): the same two statements, best score per key, top 10.
async function search(q, text) {
  const ascii = [...text].every((c) => c.charCodeAt(0) < 128);
  const types = ["Region", "Organisation", "Programme", "Project", "Source"];
  const best = new Map();
  const keep = (rows) => rows.forEach((r) => { if (!best.has(r.key) || best.get(r.key) < r.score) best.set(r.key, r.score); });
  keep(await q(`CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node, score
      WHERE any(l IN labels(node) WHERE l IN $types) AND coalesce(node.confirmed, true)
      WITH node, score, coalesce(node.name, node.title, '') AS name
      RETURN node.key AS key, score + CASE WHEN name = $text OR node.nameEn = $text OR node.number = $text THEN 100
                                          WHEN name STARTS WITH $text THEN 50 ELSE 0 END
             + (5 - coalesce(node.levelRank, 5)) * 0.5 - size(name) * 0.01 AS score`, { lucene: text + (ascii ? "*" : ""), text, types }));
  const pinyin = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
  if (ascii && pinyin) {
    keep(await q(`CALL db.index.fulltext.queryNodes('entity_pinyin', $lucene, {limit: 50}) YIELD node, score
        WHERE any(l IN labels(node) WHERE l IN $types) AND coalesce(node.confirmed, true)
        WITH node, score, split(node.pinyinFull, ' ') AS full, split(node.pinyinInitials, ' ') AS initials
        WITH node, score, full, initials, any(t IN full WHERE t STARTS WITH $pinyin) AS onFull
        RETURN node.key AS key, score + CASE WHEN $pinyin IN full OR $pinyin IN initials THEN 100 WHEN onFull THEN 60 ELSE 40 END
               + (5 - coalesce(node.levelRank, 5)) * 0.5 - size(node.name) * 0.01 AS score`, { lucene: pinyin + "*", pinyin, types }));
  }
  const hits = [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10).map(([key]) => key);
  return { hits };
}

// Our API's breadth-first neighbourhood (NetworkQuery), in plain Cypher: every relationship type
// it follows by default, no sources, confirmed facts only.
async function neighbourhood(q, depth) {
  const relationships = ["SUPPORTER", "RECIPIENT", "UNDER", "GOVERNED_BY", "IMPLEMENTED_BY", "INVESTED_BY", "ABOUT", "SET_BY", "AGAINST", "FROM", "TO", "FOR", "OF", "CONCERNS", "PART_OF", "LOCATED_IN"];
  const seen = new Set(["420324"]);
  const edges = new Set();
  let frontier = ["420324"];
  for (let step = 0; step < depth; step++) {
    const rows = await q(`UNWIND $frontier AS key
      MATCH (a:Entity {key: key})-[r]-(n:Entity)
      WHERE type(r) IN $relationships AND (n.key IN $seen OR (NOT n:Source AND coalesce(n.confirmed, true)))
      RETURN a.key AS a, n.key AS n`, { frontier, relationships, seen: [...seen] });
    const next = [];
    for (const r of rows) {
      if (!seen.has(r.n)) {
        seen.add(r.n);
        next.push(r.n);
      }
      edges.add([r.a, r.n].sort().join("|"));
    }
    frontier = next;
  }
  return { nodes: seen.size, edges: edges.size };
}

const show = (value) => {
  const text = JSON.stringify(value);
  return text.length > 170 ? text.slice(0, 167) + "…" : text;
};
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

async function main() {
  const queries = JSON.parse(readFileSync(here("./queries.json"), "utf8"));
  const ours = ourOperations();
  let driver;
  let q = null;
  try {
    driver = neo4j.driver(NEO4J_URI, process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? "") : undefined);
    await driver.verifyConnectivity();
    q = async (cypher, params = {}) => {
      const result = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
      return result.records.map((r) => JSON.parse(JSON.stringify(r.toObject(), (k, v) => (neo4j.isInt(v) ? v.toNumber() : v))));
    };
  } catch (e) {
    console.log(`(no Cypher reference: ${NEO4J_URI} unreachable: ${e.code ?? e.message})`);
  }
  let failed = 0;
  let passed = 0;
  for (const entry of queries) {
    const normalise = N[entry.name];
    const peer = await post(PEER_URL, { query: entry.query, variables: entry.variables });
    let summary = null;
    if (peer.ok && normalise) {
      try {
        summary = normalise.peer(peer.data);
      } catch (e) {
        peer.ok = false;
        peer.error = `unexpected shape: ${e.message}`;
      }
    }
    peer.ok ? passed++ : failed++;
    console.log(`${peer.ok ? "ok   " : "ERROR"} ${entry.name}  [peer ${peer.size} B, ${peer.ms.toFixed(0)} ms]`);
    console.log(`      peer:   ${peer.ok ? show(summary) : peer.error}`);
    const ourQuery = ours.get(entry.name);
    if (ourQuery && normalise?.ours) {
      const mine = await post(OURS_URL, { query: ourQuery }, { authorization: `Bearer ${OURS_TOKEN}` });
      let text;
      if (!mine.ok) text = `unavailable (${mine.error})`;
      else {
        try {
          const s = normalise.ours(mine.data);
          text = same(s, summary) ? `same  [ours ${mine.size} B]` : `DIFFERS [ours ${mine.size} B] ${show(s)}`;
        } catch (e) {
          text = `unexpected shape: ${e.message}`;
        }
      }
      console.log(`      ours:   ${text}`);
    }
    if (q && normalise?.cypher) {
      try {
        const s = await normalise.cypher(q);
        console.log(`      cypher: ${same(s, summary) ? "same" : `DIFFERS ${show(s)}`}`);
      } catch (e) {
        console.log(`      cypher: error ${e.message}`);
      }
    }
  }
  await driver?.close();
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main();
