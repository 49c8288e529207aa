import { fuzzFields } from '../helpers/fuzzSuite'

// Partner and friendly cities: the most fields, two files' worth of cases with ./fields-other.test.ts.
fuzzFields('fields-cities', ['partnerships', 'friendly-cities'])
