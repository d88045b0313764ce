import { vi } from 'vitest';

// The mutation run shares one worker between test files (isolate: false) for speed, but each test
// file must evaluate the library afresh: a mutant in module-level code (the policy's data, lookup
// tables) only takes effect when the module is evaluated again. Packages in node_modules stay loaded.
vi.resetModules();
