// Types of /workspace/assets/vendor/htm.mjs (htm), for `tsc -p src/web`.
import htm from 'htm';
export default htm;
