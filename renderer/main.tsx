import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
// antd's own styles as one built file (its zeroRuntime mode, THEME in theme.ts): a component's first instance no
// longer computes its CSS and injects it at run time, some 40 % of a cold screen's first draw on a 2-core machine
// (the unlock screen's took 300–550 ms). The file is antd's own, of the installed version; the theme still reaches
// it as the CSS variables antd injects. Before the app's styles, which override it as they overrode the <style>
// elements antd put at the top of <head>.
import 'antd/dist/antd.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
