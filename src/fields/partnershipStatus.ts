import type { SelectField } from 'payload'

export const partnershipStatusField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'status',
    type: 'select',
    label: { pl: 'Status współpracy', en: 'Partnership status' },
    options: [
      { value: 'active', label: { pl: 'Aktywne', en: 'Active' } },
      { value: 'suspended', label: { pl: 'Zawieszone', en: 'Suspended' } },
      { value: 'ended', label: { pl: 'Zakończone', en: 'Ended' } },
    ],
    ...overrides,
  }) as SelectField
