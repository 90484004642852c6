// Types of /workspace/assets/vendor/preact.mjs (served from node_modules/preact by src/server/workspace/index.ts), for `tsc -p src/web`.
export * from 'preact';
