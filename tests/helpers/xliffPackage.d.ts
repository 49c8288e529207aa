// The `xliff` package ships no types; the tests read files with it as an independent XLIFF reader.
declare module 'xliff/xliff12ToJs' {
  type Unit = { source: unknown; target?: unknown; note?: unknown; additionalAttributes?: Record<string, string> }
  const xliff12ToJs: (
    xml: string,
    options?: Record<string, unknown>,
  ) => Promise<{ sourceLanguage: string; targetLanguage: string; resources: Record<string, Record<string, Unit>> }>
  export default xliff12ToJs
}
