/** vitest globalSetup: says once which database the suites run on, and why MongoDB is skipped. */
export default function announceDatabase(): void {
  console.log(
    process.env.MONGODB_URI
      ? 'Database under test: MongoDB (MONGODB_URI): every suite gets a fresh database there.'
      : 'Database under test: SQLite, a throwaway file per suite. MongoDB: skipped, MONGODB_URI is not set ' +
          '(set MONGODB_URI=mongodb://… to run every suite against MongoDB).',
  )
}
