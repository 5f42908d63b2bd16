export default {
  card: {
    title: 'Submitted reports',
    intro:
      'Mark the report as submitted when you send it: its figures, filter and period are kept as they were sent, with a fingerprint (SHA-256) of the file. Later you can compare them with what the same report shows today.',
    submit: 'Mark as submitted…',
    empty: 'No report has been marked as submitted.',
    open: 'Open',
    line: '{{from}} – {{to}} · submitted {{at}}',
    external: 'for outside readers',
    internal: 'internal',
  },
  confirm: {
    title: 'Mark the report as submitted',
    body: 'The report for {{from}} – {{to}} is saved as a file to send, and its figures are kept exactly as in that file. Send that file.',
    format: 'File format',
    confirm: 'Save the file and mark as submitted',
    cancel: 'Cancel',
    done: 'Marked as submitted and saved as {{fileName}}.',
  },
  view: {
    title: 'Submitted report, {{from}} – {{to}}',
    sentAt: 'Submitted {{at}} as {{fileName}}',
    sha: 'SHA-256 of the file: {{sha}}',
    sent: 'As sent',
    today: 'Today',
    noChanges: 'The same report shows the same figures today.',
    changes_one: '{{count}} figure reads differently today',
    changes_other: '{{count}} figures read differently today',
    changeTable: 'Changed figures',
    where: 'Figure',
    close: 'Close',
  },
};
