/** The programme's rules on the company and the participant's personnummer (issue 14). */
export default {
  sni: {
    label: 'Industry (SNI code)',
    placeholder: 'Type a code or a word, e.g. 62 or food',
    description: 'Choose a division of SNI {{version}}, or type a more precise code of up to 5 digits.',
    chosenSection: 'Section {{section}}: {{name}} (SNI {{version}})',
    chosenCode: '{{division}}, section {{section}} (SNI {{version}})',
    group: 'Section {{code}}: {{name}}',
  },
  size: {
    usual: 'Within the programme’s usual size (0–9 employees).',
    accepted: 'Accepted: the programme takes some companies of up to 20 employees.',
    overTwenty: 'Over 20 employees: the programme takes such a company only for a stated reason.',
    reason: 'Reason for enrolling a company of over 20 employees',
    reasonPlaceholder: 'Why the programme takes this company although it has more than 20 employees',
  },
  warnings: {
    title: 'Before enrolling',
    overTwenty: 'The company has {{employees}} employees: the programme takes 0–9, and some up to 20. Enrolling it needs a stated reason.',
    outsideRegion:
      'The company is outside Örebro and Västmanland counties, the programme’s region. Check that it may take part before enrolling it.',
  },
  owner: {
    label: 'Owned by',
    description: 'The funder asks for women-owned companies. Recorded only with the company’s consent to store data.',
    disabledHint: 'Record the consent to store data (by whom and when) first.',
    option: { women: 'Women', men: 'Men', both: 'Women and men', not_stated: 'Not stated' },
  },
  personnummer: {
    title: 'Participant registration',
    label: 'Personal identity number (personnummer)',
    description:
      'Optional, for the funder’s participant registration. Stored encrypted, shown masked, never printed; exported only in the participant list.',
    placeholder: 'YYYYMMDD-NNNN',
    none: 'Not recorded',
    add: 'Add personal identity number',
    change: 'Change',
    remove: 'Remove',
    save: 'Save',
    cancel: 'Cancel',
  },
  foreignBackgroundHelp: 'As the funder defines it: born abroad, or born in Sweden with both parents born abroad.',
};
