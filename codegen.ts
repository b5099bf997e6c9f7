// Typed documents (GraphQL Code Generator, client-preset): `graphql(`...`)` in the tests and
// in the typed client example (docs/examples/client/) is checked against schema.graphql and
// typed. Run `npm run generate` after changing either.
import type { CodegenConfig } from '@graphql-codegen/cli';

const client = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { Decimal: 'string', Date: 'string', DateTime: 'string', JSON: 'unknown', ID: 'string' },
  },
} as const;

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'test/generated/': { ...client, documents: ['test/**/*.ts', '!test/generated/**'] },
    'docs/examples/client/generated/': { ...client, documents: ['docs/examples/client/*.ts'] },
  },
};

export default config;
