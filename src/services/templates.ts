// What createBook fills a new book with, by template.
import { badInput } from '../domain/errors.ts';
import type { BookSetup } from './people.ts';

export const bookTemplates: Record<'EMPTY' | 'STANDARD', BookSetup | undefined> = {
  EMPTY: undefined,
  STANDARD: async () => {
    throw badInput('The STANDARD template is not available in this version; create an EMPTY book');
  },
};
