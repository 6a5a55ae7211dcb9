import { createContext, useContext } from 'react';

/** True inside an embed page (<base>/embed/<chart-id>/): the card drops what only makes sense on the site itself. */
export const EmbeddedContext = createContext(false);

export const useEmbedded = (): boolean => useContext(EmbeddedContext);
