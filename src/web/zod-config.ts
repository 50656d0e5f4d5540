import { z } from 'zod';

// Zod probes for eval with Function('') before its first parse. The strict CSP refuses it, which
// works but fires a securitypolicyviolation (and a report, once reporting is on) on every page
// that validates a form. Without the probe Zod validates the same way, just without compiling.
z.config({ jitless: true });
