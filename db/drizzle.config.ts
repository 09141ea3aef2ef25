import { defineConfig } from 'drizzle-kit';

// Migrations are generated (`npm run db:generate`), committed and forward-only.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
