/**
 * Value lists of the manifest format that the app needs at run time without loading zod (which
 * only the loader, in its worker, needs). schema.ts builds its enums from these.
 */

/** Classification methods, as manifests and URLs name them. */
export const CLASSIFICATION_METHODS = [
  'quantile',
  'equal-interval',
  'natural-breaks',
  'std-dev',
  'manual',
] as const;
