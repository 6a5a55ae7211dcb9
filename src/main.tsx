import 'virtual:theme.css';
import './dashboard/styles.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { ThemeSync } from './dashboard/ThemeSync';
import { startUrlSync } from './state/urlSync';

startUrlSync();
const root = document.getElementById('root');
const app = (
  <StrictMode>
    <ThemeSync />
    <App />
  </StrictMode>
);
if (root) {
  // Prerendered pages hydrate; the dev server's empty shell renders.
  if (root.firstElementChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
