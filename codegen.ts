// Typed documents for the tests: `graphql(`...`)` in test files is checked against
// schema.graphql and typed. Run `npm run generate` after changing either.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Decimal: 'string', Date: 'string', DateTime: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
  },
};

export default config;
