// Typed GraphQL operations: every document in src/graphql/ is checked against the service's
// schema (../schema.graphql, exported by `clustergraph schema`) and typed in src/gql/.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/graphql/**/*.ts"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: "string" },
        avoidOptionals: { field: true, inputValue: false },
        // Documents as strings (urql parses them): a quarter of the bytes of ASTs.
        documentMode: "string",
      },
    },
  },
};

export default config;
