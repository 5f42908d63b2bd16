export default {
  internal: 'Something went wrong inside the app. Nothing was changed. Try again; if it keeps happening, restart the app.',
  validation: 'Some values are not valid. Check the marked fields.',
  payloadTooLarge: 'The request was too large and was refused.',
  unknownChannel: 'The app asked for something it does not know. Restart the app.',
  untrustedSender: 'The request did not come from the app and was refused.',
  unauthorized: 'This page is not authorised. Open the address that the app printed when it started.',
  store: {
    locked: 'The data is locked. Unlock it to continue.',
    missing: 'There is no data folder here yet. Create one first.',
    exists: 'A database already exists in this folder. Unlock it instead; it will never be replaced by an empty one.',
    wrongPassphrase: 'Wrong passphrase. Nothing was changed; try again.',
    corrupt: 'The database is damaged and cannot be opened. It has not been changed. See "Recovering data" in the README.',
    newerVersion:
      'The data was saved by a newer version of Växtkraft (schema {{found}}, this version knows {{known}}). Update the app; the data has not been changed.',
    inUse: 'The data folder is already open in another Växtkraft window or process (process {{pid}}). Close that one first.',
    keychainUnavailable:
      'The system keychain that holds this data’s key is not available. Log in to your desktop as usual so that the keychain unlocks, then start Växtkraft again. See “Recovering data” in the README.',
    keyFileDamaged: 'The saved key could not be read. Nothing was changed. See "Recovering data" in the README.',
    noPassphraseMode: 'This data is unlocked by the system keychain, so there is no passphrase to change.',
    unlocked: 'The data is open. Lock it before setting it aside.',
    tooManyAttempts: 'Too many wrong passphrases. Wait {{seconds}} seconds and try again.',
    diskFull:
      'The disk is full, so nothing more can be saved. Your last change is still on screen and was not saved. Free some space (empty the wastebasket, remove large files), then save again.',
    readOnly:
      'The data folder is on a disk that cannot be written to ({{path}}). Nothing was changed. Make the disk writable (or move the folder to one that is) and start Växtkraft again.',
    noPermission:
      'Växtkraft may not write to its data folder ({{path}}). Nothing was changed. Give your user account write access to the folder (or ask your IT support) and start Växtkraft again.',
    startDiskFull:
      'The disk that holds the data folder is full ({{path}}), so Växtkraft cannot start. Nothing was changed. Free some space (empty the wastebasket, remove large files), then start Växtkraft again.',
  },
  company: {
    notFound: 'The company was not found. It may have been deleted.',
    duplicateOrgNumber: 'A company with organisation number {{orgNumber}} is already registered: {{name}}.',
    enrolRequiresAmbition: 'Record the owner’s stated ambition to grow, with its date, before enrolling the company.',
    enrolRequiresConsent: 'Record the consent to store data (by whom, when and for what) before enrolling the company.',
    municipalityOtherRequired: 'Name the municipality when it is outside the region.',
    sizeReasonRequired:
      'The programme takes companies of 0–9 employees, and some of up to 20. This one has {{employees}}: give the reason for enrolling it before enrolling it.',
    ownerGenderWithoutConsent:
      'Who owns the company can only be recorded with the company’s consent to store data (by whom and when). Record the consent first.',
  },
  person: {
    notFound: 'The person was not found. They may have been removed.',
    followupWithoutConsent: 'Follow-up details can only be recorded with the person’s consent.',
  },
  assessment: {
    roundNotFound: 'The assessment round was not found. It may have been deleted.',
    roundNotCompleted: 'The business check is printed from a completed round. Complete the round first; nothing was printed.',
    roundCompleted:
      'This round was completed on {{completedAt}} by {{completedBy}} and is locked. Nothing was changed; start a follow-up to record new answers.',
    companyNotEnrolled: 'Assessment rounds can only be made for companies enrolled in the programme. Enrol the company first.',
    baselineExists: 'The company already has a baseline. Start a follow-up instead.',
    noBaseline: 'A follow-up needs a completed earlier round. Start with a baseline.',
    previousRoundOpen: 'The company’s previous round is not completed yet. Complete it before starting a new one.',
    dateBeforePrevious: 'A follow-up cannot be dated before the previous round ({{previousDate}}).',
    unknownQuestion: 'The question is not part of this round’s situation assessment. Nothing was saved.',
    unknownArea: 'The business area is not part of this round’s situation assessment. Nothing was saved.',
    unknownCompetence: 'The competence is not in this round’s catalogue or among the company’s own competences. Nothing was saved.',
    personNotInCompany: 'The person does not belong to this company. Nothing was saved.',
    prospectiveCurrentLevel: 'A prospective employee has only target levels; current levels cannot be recorded.',
    incomplete:
      'The round cannot be completed yet: {{unansweredQuestions}} unanswered questions and {{unratedPairs}} competence ratings missing. See the summary.',
    goalNotFound: 'The goal was not found in this round. It may have been removed.',
    strategyNotFound: 'The strategy was not found in this round. It may have been removed.',
    unknownFrameworkVersion:
      'This round uses version {{version}} of “{{framework}}”, which this version of Växtkraft does not have. Update the app.',
    invalidLevels: 'The level texts are not valid: give exactly five levels, 1 to 5 in order.',
  },
  plan: {
    activityNotFound: 'The activity was not found. It may have been deleted.',
    providerNotFound: 'The provider was not found. It may have been deleted.',
    providerInUse: 'The provider is used by {{count}} activities. Choose another provider for them first.',
    personNotInCompany: 'A participant does not belong to this company.',
    sessionNotFound: 'The session was not found. It may have been deleted.',
  },
  print: {
    desktopOnly: 'Saving a PDF directly works in the desktop app. Here, use the browser’s print dialog.',
    failed: 'The PDF could not be made. Nothing was saved; try again.',
  },
  contact: {
    notFound: 'The contact was not found. It may have been deleted.',
  },
  retention: {
    notDue: 'Some of the chosen companies or people are no longer past their retention date. Nothing was erased; list them again.',
  },
  aid: {
    notFound: 'The declared aid was not found. It may have been deleted.',
    ratesMissing: 'Set the advisor’s hourly rate and the euro exchange rate in Settings first.',
  },
  passport: {
    noConsent: 'A competence passport is made only with the person’s consent. Record their consent first.',
  },
  report: {
    periodReversed: 'The period ends before it starts. Choose a “to” date on or after the “from” date.',
    exportFailed: 'The report file could not be made. Nothing was saved; try again.',
    submittedNotFound: 'This submitted report no longer exists.',
  },
  selfAssessment: {
    active: 'A self-assessment is in progress. Only that person’s own questions are open until the advisor takes the laptop back.',
    notActive: 'No self-assessment is in progress.',
    codeRequired: 'Choose a handover code of at least 6 digits; you will need it to take the laptop back.',
    wrongCode: 'Wrong handover code. The self-assessment continues; try again.',
    tooManyAttempts: 'Too many wrong attempts. Wait {{seconds}} seconds and try again.',
  },
  exchange: {
    wrongPassphrase: 'Wrong passphrase for this file. Nothing was imported; try again.',
    notAge: 'This is not a Växtkraft exchange file (it is not an encrypted age file). Nothing was imported.',
    truncated:
      'The file is incomplete: it ends too early, perhaps because a copy or download was interrupted. Ask for it again. Nothing was imported.',
    tampered:
      'The file has been changed or damaged since it was exported, so it cannot be trusted. Ask for it again. Nothing was imported.',
    invalidContent: 'The file’s content is not valid (at {{path}}). Nothing was imported.',
    newerFormat:
      'The file was made by a newer version of Växtkraft (exchange format {{found}}, this version reads {{known}}). Update the app. Nothing was imported.',
    duplicateIds: 'The file holds the same record twice ({{entity}} {{id}}). Nothing was imported.',
    missingReference: 'The file refers to a record that is neither in the file nor here ({{entity}} {{id}}). Nothing was imported.',
    unknownPerson: 'The file names a person who is neither in the file nor here ({{id}}). Nothing was imported.',
    tooLarge: 'The file is too large: at most {{limitMb}} MB can be imported. Nothing was imported.',
    workFactorTooHigh:
      'The file asks for an unusually costly passphrase check (scrypt work factor 2^{{found}}, at most 2^{{max}} is accepted), which would stall the app. It was refused unopened. Ask for it to be exported again with Växtkraft or age’s default settings. Nothing was imported.',
    recipientFile:
      'This file was encrypted for a key (an age recipient), not with a passphrase, so no passphrase opens it. Ask for it to be exported again with a passphrase. Nothing was imported.',
    signatureMismatch:
      'The file’s signature does not match {{name}}: it was changed after it was signed, or it was not made by that office. It cannot be trusted. Ask for it again. Nothing was imported.',
    notForThisOffice:
      'This file was sent to another office, not to this one, so this office’s key does not open it. Ask the sender to send it to this office. Nothing was imported.',
    passphraseNeeded: 'This file is protected with a passphrase. Type the passphrase the sender gave you. Nothing was imported.',
    decompressionBomb: 'The file unpacks to more than {{limitMb}} MB and was refused. Nothing was imported.',
    previewExpired: 'The preview has expired or was already applied. Choose the file again.',
    unresolvedConflicts: 'Choose “keep mine” or “take theirs” for every conflict ({{count}} left). Nothing was imported.',
    dependsOnMissing:
      'This file from {{sender}} needs changes from its earlier file no. {{missing}} ({{file}}), which has not been applied here. Nothing was imported. Apply that file first, or ask {{sender}} for a full resend.',
    folder: {
      notSet: 'No exchange folder is chosen. Choose one in Settings first. Nothing was sent.',
      unavailable:
        'The exchange folder {{folder}} cannot be reached. Check that the drive is connected, or choose the folder again in Settings.',
      writeFailed: 'The file could not be written to the exchange folder {{folder}}. Nothing was sent; check the folder and try again.',
      fileGone: 'The file {{name}} is no longer in the exchange folder. Refresh the inbox.',
      notInInbox: 'The file {{name}} is not one this office can apply from the inbox. Refresh the inbox. Nothing was imported.',
    },
    breaksRule: {
      aidInFuture: '{{company}}: de minimis aid from {{aid}} in the file is dated after today. Nothing was imported.',
      activityShareAboveCost:
        '{{company}}: the programme’s share of the activity “{{activity}}” in the file is more than its cost. Nothing was imported.',
      contactPersonNotInCompany:
        '{{company}}: a contact on {{contact}} in the file names a person of another company. Nothing was imported.',
      orgNumberTaken:
        '{{company}}: the file holds organisation number {{orgNumber}} under a new record, but it is already registered here as {{existing}}. Nothing was imported.',
      followupWithoutConsent:
        '{{company}}: the file records follow-up details for {{person}}, who has not given consent. Nothing was imported.',
      enrolRequiresConsent:
        '{{company}}: the file has the company enrolled without a recorded consent to store data. Nothing was imported.',
      enrolRequiresAmbition:
        '{{company}}: the file has the company enrolled without the owner’s dated ambition to grow. Nothing was imported.',
      municipalityOtherRequired: '{{company}}: the file gives a municipality outside the region without naming it. Nothing was imported.',
      sizeReasonRequired:
        '{{company}}: the file has the company enrolled with more than 20 employees and no reason for enrolling it. Nothing was imported.',
      ownerGenderWithoutConsent:
        '{{company}}: the file records who owns the company without the company’s consent to store data. Nothing was imported.',
      personnummer:
        '{{company}}: the personal identity number of {{person}} in the file has a date of birth after today. Nothing was imported.',
      invalidField: '{{company}}: the file holds a value that is not valid ({{field}}). Nothing was imported.',
      activityEndBeforeStart: '{{company}}: the activity “{{activity}}” in the file ends before it starts. Nothing was imported.',
      activityDoneBeforeStart: '{{company}}: the activity “{{activity}}” in the file is done but has not started. Nothing was imported.',
      activityOutcomeOnlyWhenDone:
        '{{company}}: the activity “{{activity}}” in the file has an outcome but is not done. Nothing was imported.',
      activityPersonNotInCompany:
        '{{company}}: the activity “{{activity}}” in the file names a participant of another company. Nothing was imported.',
      activityDoneNeedsAttendance:
        '{{company}}: the activity “{{activity}}” in the file is done without recorded sessions or a reason why not. Nothing was imported.',
      sessionRule: '{{company}}: a session of the activity “{{activity}}” in the file is not valid ({{field}}). Nothing was imported.',
      unknownFrameworkVersion:
        '{{company}}: a round in the file uses version {{version}} of “{{framework}}”, which this version of Växtkraft does not have. Update the app. Nothing was imported.',
      unknownQuestion:
        '{{company}}: a round in the file answers a question that is not part of its assessment ({{questionId}}). Nothing was imported.',
      unknownArea:
        '{{company}}: a round in the file names a business area that is not part of its assessment ({{areaId}}). Nothing was imported.',
      unknownBasedOnRound:
        '{{company}}: a round in the file follows up a round of the company that is neither in the file nor here. Nothing was imported.',
      invalidCompetenceLevels:
        '{{company}}: the level texts of the company’s own competence “{{competence}}” in the file are not valid. Nothing was imported.',
    },
  },
  offices: {
    notFound: 'That office is no longer in the address book. Nothing was changed.',
    alreadyKnown: 'This office’s key is already in the address book, as “{{name}}”. Nothing was added.',
    ownCard: 'This is this office’s own card. Add the card of another office. Nothing was added.',
    identityWrongPassphrase: 'Wrong passphrase for this key file. The office key was not changed; try again.',
    identityInvalid: 'This is not an office key exported from Växtkraft. The office key was not changed.',
  },
  backups: {
    notFound: 'That backup is no longer in the backup folder. Nothing was changed.',
    wrongKey:
      'This backup does not open with that passphrase (it may have been made before the passphrase was changed). Nothing was changed; type the passphrase the data had when the backup was made.',
    damaged: 'This backup is damaged and cannot be restored. Nothing was changed; choose another backup.',
    keyExportKeychainOnly:
      'Only data unlocked by the system keychain has a key to export; with a passphrase, the passphrase opens the backups.',
  },
  field: {
    setAsidePhrase: 'Type the phrase exactly as shown, in capitals.',
    level: 'Choose a level from 1 to 5.',
    invalid: 'Not a valid value.',
    required: 'Required.',
    tooLong: 'Too long.',
    logoType: 'The logo must be a PNG, JPEG or SVG picture. Nothing was saved.',
    logoSize: 'The logo is too large: at most 256 kB. Nothing was saved.',
    folderPath: 'Give the folder’s full path, for example /Users/karin/Shared or C:\\Shared.',
    autoLockRange: 'Write a whole number of minutes from 1 to 240.',
    date: 'Not a valid date.',
    dateInFuture: 'The date cannot be in the future.',
    id: 'Not a valid reference.',
    orgNumber: {
      format: 'Write 10 digits, as NNNNNN-NNNN (or 16NNNNNNNNNN, or a sole trader’s personal identity number such as 19811218-9876).',
      checksum: 'The check digit does not match. Check the number for a typing error.',
      third_pair: 'Digits 3–4 must be 20 or more for a company, or a month (01–12) for a sole trader.',
      prefix: 'A 12-digit number begins with 16 (a company), or with 19 or 20 (the century of a sole trader’s personal identity number).',
      birth_date: 'Digits 1–6 are a sole trader’s date of birth, and that date does not exist. Check the number for a typing error.',
      plus: 'A + is written only in the 10-digit personal identity number of a sole trader aged 100 or more (YYMMDD+NNNN).',
      century: 'This is a company’s number (digits 3–4 are 20 or more): its 12-digit form begins with 16, not 19 or 20.',
    },
    personnummer: {
      format: 'Write the personal identity number as YYYYMMDD-NNNN or YYMMDD-NNNN (YYMMDD+NNNN at 100 or more).',
      checksum: 'The check digit does not match. Check the number for a typing error.',
      birth_date: 'The date of birth in the number does not exist (a samordningsnummer adds 60 to the day).',
      future: 'The date of birth in the number is after today.',
    },
    municipality: 'Choose a municipality from the list, or “Other municipality”.',
    sni: 'Write an SNI code of 2–5 digits whose first two digits are a division of the chosen SNI version, such as 62.010.',
    number: 'Write a number.',
    integer: 'Write a whole number.',
    negative: 'Cannot be negative.',
    employeesMax:
      'The programme takes companies of 0–9 employees, and some of up to 20 (over 20 only with a reason); a company of 50 or more employees cannot be registered.',
    yearTooEarly: 'The year is too early.',
    yearInFuture: 'The year cannot be in the future.',
    birthYearTooLate: 'The birth year is too late for someone working in the company.',
    email: 'Not a valid e-mail address.',
    phone: 'Not a valid phone number.',
    choice: 'Choose one of the options.',
    passphraseShort: 'Use at least 10 characters.',
    passphraseWeak: {
      guessable: 'Too easy to guess. Add another word or two that do not belong together; uncommon words are best.',
      straightRow: 'A row of keys on the keyboard is easy to guess.',
      keyPattern: 'A short pattern on the keyboard is easy to guess.',
      simpleRepeat: 'Repeated characters, such as “aaa”, are easy to guess.',
      extendedRepeat: 'Repeated patterns, such as “abcabc”, are easy to guess.',
      sequences: 'Sequences, such as “abc” or “6543”, are easy to guess.',
      recentYears: 'Recent years are easy to guess.',
      dates: 'Dates are easy to guess.',
      topTen: 'This is one of the most used passwords.',
      topHundred: 'This is a very common password.',
      common: 'This is a common password.',
      similarToCommon: 'This is too like a common password.',
      wordByItself: 'A single word is easy to guess. Add a few more.',
      namesByThemselves: 'A name by itself is easy to guess. Add a few words.',
      commonNames: 'Common names and surnames are easy to guess.',
      userInputs: 'Do not use anything about yourself or this app.',
      pwned: 'This passphrase has appeared in a data breach.',
    },
    passphraseMismatch: 'The two passphrases are not the same.',
    handoverCode: 'Use 6 to 12 digits.',
    officeCard: {
      format: 'Paste the whole card: it begins with VAXTKRAFT-OFFICE-1.',
      recipient: 'The card’s key (age1…) is damaged or incomplete. Ask the other office to send the card again.',
      signingKey: 'The card’s signing key is damaged or incomplete. Ask the other office to send the card again.',
      name: 'The card has no office name at its end (at most 200 characters).',
    },
    replaceIdentityPhrase: 'Type the phrase exactly as shown, in capitals.',
    report: {
      confirmPersonalData: 'Confirm that you are exporting personal data.',
    },
    participation: {
      exitWithoutEntry: 'Give the entry date first: a participant leaves only after entering.',
      exitBeforeEntry: 'The exit date cannot be before the entry date.',
      resultWithoutExit: 'Results are recorded at exit: give the exit date first.',
      resultWithoutFollowup: 'Give the date of the six-month follow-up first.',
      followupBeforeDue: 'The six-month follow-up is due six months after exit, not before.',
    },
    plan: {
      endBeforeStart: 'The end cannot be before the start.',
      doneBeforeStart: 'An activity can be done only once it has started: give a start date that is not in the future.',
      outcomeOnlyWhenDone: 'An outcome can be recorded only when the activity is done.',
      hoursMax: 'At most 10,000 hours.',
      costMax: 'At most 100,000,000 SEK.',
      rating: 'Choose a rating from 1 to 5.',
      shareAboveCost: 'The programme’s share cannot be more than the activity’s cost (give the cost first).',
      doneNeedsAttendance: 'Record the sessions and who attended, or give the reason why not, before marking the activity done.',
      sessionsOutsideDates: 'Sessions are recorded outside these dates. Move or delete them first.',
      attendeeNotParticipant: 'Someone taken off the participants has attended a session. Take them off its attendance first.',
    },
    session: {
      outsideActivity: 'The session must lie within the activity’s start and end dates.',
      notParticipant: 'Only the activity’s participants can attend.',
      twice: 'The person is already marked at this session.',
      moreThanSession: 'At most the session’s hours.',
    },
    aid: {
      amountPositive: 'Give an amount of more than 0.',
      amountMax: 'At most 10,000,000: check the amount.',
      currency: 'Choose SEK or EUR.',
      dateInFuture: 'Aid already received cannot be dated in the future.',
      ratePositive: 'Give a rate of more than 0.',
      rateMax: 'The rate is too high: check it.',
    },
    contact: {
      hoursPositive: 'Give a time of more than 0 hours.',
      hoursMax: 'At most 24 hours.',
      quarterHours: 'Give the time in quarter hours (such as 1.25 or 1.5).',
      personNotInCompany: 'The person does not belong to this company.',
      ownerRequired: 'Name who owns the step.',
    },
  },
};
