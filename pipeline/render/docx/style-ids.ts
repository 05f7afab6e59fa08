/** Ids of the paragraph and character styles the DOCX declares once and its paragraphs refer to. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  contacts: 'Contacts',
  heading: (level: number) => `Heading${level}`,
  entryHeader: 'EntryHeader',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  listContinue: 'ListContinue',
  quote: 'Quote',
  codeBlock: 'CodeBlock',
  rule: 'HorizontalRule',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  noteText: 'NoteText',
  // Character styles.
  hyperlink: 'Hyperlink',
  contactLink: 'ContactLink',
  separator: 'Separator',
  entryDates: 'EntryDates',
  entryOrganization: 'EntryOrganization',
  entryLocation: 'EntryLocation',
  sectionRule: 'SectionRule',
  inlineCode: 'InlineCode',
  noteReference: 'NoteReference',
} as const;

/** Deepest heading style declared for headings kept inside entries (Heading2…Heading4). */
export const DEEPEST_HEADING = 4;
