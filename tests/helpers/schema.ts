// The article schema exactly as the build creates it (same divisions, vocabulary and pages).
import { articleSchemaFor, projectSchemaInputs } from '../../src/archive/validate.ts';

const inputs = projectSchemaInputs();
export const vocabulary = inputs.vocabulary;
export const articleSchema = articleSchemaFor(inputs);
