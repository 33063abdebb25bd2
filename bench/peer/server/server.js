// @neo4j/graphql 7 on Apollo Server (standalone), over the Neo4j named by the environment:
// the peer clustergraph is compared with in bench/peer. Settings as clustergraph's:
// NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; PEER_PORT (default 4000) and
// PEER_HOST (default 127.0.0.1) for the HTTP side.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const env = process.env;
const database = env.NEO4J_DATABASE || "neo4j";
const driver = neo4j.driver(
  env.NEO4J_URI || "bolt://127.0.0.1:7687",
  neo4j.auth.basic(env.NEO4J_USER || "neo4j", env.NEO4J_PASSWORD || "clustergraph-dev"),
);
const typeDefs = readFileSync(new URL("./type-defs.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { host: env.PEER_HOST || "127.0.0.1", port: Number(env.PEER_PORT || 4000) },
  context: async () => ({ sessionConfig: { database } }),
});
console.log(`peer ready on ${url}`);

async function shutdown() {
  await server.stop();
  await driver.close();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
