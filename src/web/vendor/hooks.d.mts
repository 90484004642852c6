// Types of /workspace/assets/vendor/hooks.mjs (preact/hooks), for `tsc -p src/web`.
export * from 'preact/hooks';
