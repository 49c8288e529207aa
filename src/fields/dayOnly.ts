/** A date field's admin settings where the time of day means nothing: "2 grudnia 2026". */
export const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } } as const
