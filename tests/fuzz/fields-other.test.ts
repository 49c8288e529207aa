import { fuzzFields } from '../helpers/fuzzSuite'

// Every collection but the cities (./fields-cities.test.ts), and the globals.
fuzzFields('fields-other', ['commitments', 'history-articles', 'media', 'users'], { globals: true })
