// Stylesheets (ours and the bundled font's) are imported for their side effect; Vite bundles them.
declare module '*.css';
