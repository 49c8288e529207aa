import { exportEndpoint } from './export'
import { importEndpoint } from './import'

/** XLIFF 1.2 for translation agencies and CAT tools: export a language's work, import it back. */
export const xliffEndpoints = [exportEndpoint, importEndpoint]
