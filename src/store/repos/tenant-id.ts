/**
 * The tenant that single-company installs use; its write-back endpoint may come from the
 * environment. In a module of its own so that the command line can name it without loading
 * the store.
 */
export const DEFAULT_TENANT_ID = 'default';
