import 'virtual:theme.css';
import './dashboard/styles.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './Root';
import { splitPath } from './state/route';
import { createChoicesStore, INITIAL } from './state/store';

// Start from exactly what the server rendered for this page (its tab, default
// choices); UrlSync applies the rest of the URL once hydrated.
const store = createChoicesStore({ ...INITIAL, tab: splitPath(window.location.pathname).tab });
const root = document.getElementById('root');
if (root) {
  if (root.firstElementChild) hydrateRoot(root, <Root store={store} />);
  else createRoot(root).render(<Root store={store} />);
}
