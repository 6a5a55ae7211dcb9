import '@testing-library/jest-dom/vitest';
import fc from 'fast-check';
import { loadAllKinds } from '../../src/dashboard/chartKinds';
import { loadAllData } from '../../src/series/chartData';

// Components read their chart's data from the per-tab modules the page loads before hydrating: here, all of them.
await loadAllData();
// And every chart kind's chunk, as a page has its own before hydrating.
await loadAllKinds();

// Property tests draw the same cases on every run, so a failure under load is the
// same failure again; a test that names its own seed keeps it. FC_SEED=<n> explores others.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20190719) });
