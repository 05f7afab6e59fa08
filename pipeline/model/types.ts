/** The résumé AST: a typed tree built from mdast by the conventions in DESIGN.md. */
import type { BlockContent, DefinitionContent, Image, PhrasingContent, Table } from 'mdast';
import type { Point, Position } from 'unist';

/** Inline content kept as mdast so every renderer keeps links, emphasis and code. */
export type Inline = PhrasingContent[];

/** Block content that matched no résumé convention, kept in source order. */
export type Block = BlockContent | DefinitionContent | Table;

export type Paper = 'letter' | 'a4';

/** The picture formats every output can hold (the DOCX gets a WebP as PNG). */
export type ImageMediaType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';

/** An image file read next to the résumé by the load layer (load-images.ts): what renderers embed. */
export interface ImageFile {
  /** The path as the Markdown or front matter wrote it (`photo.jpg`). */
  path: string;
  mediaType: ImageMediaType;
  bytes: Uint8Array;
  /** Size in pixels, as stored. */
  width: number;
  height: number;
}

declare module 'mdast' {
  interface ImageData {
    /** The file the image's URL names, once the load layer has read it; absent before, or for a renderer given a bare AST. */
    file?: ImageFile;
  }
}

export interface Resume {
  type: 'resume';
  /** The name as plain text, or null when neither a heading nor front matter gives one. */
  name: string | null;
  nameContent: Inline;
  headline: Inline | null;
  /**
   * The picture beside the name (front matter `photo`, or an image alone in the header), its file
   * read by the load layer; null for none.
   */
  photo: Image | null;
  /** The contacts of the header: what every format shows under the name. */
  contacts: Contact[];
  /**
   * Contacts written in the body (a contact section's items, an e-mail in a sentence): rendered where
   * they stand, read as the person's contacts by JSON Resume and `resume check`.
   */
  bodyContacts: Contact[];
  /** Paragraphs (and any other blocks) between the header and the first section. */
  summary: Block[];
  sections: Section[];
  meta: Meta;
  /** Where front matter set each option, for messages about its value. */
  metaPlaces: Partial<Record<keyof Meta, Point>>;
  position?: Position;
}

/** Document-level options and metadata, from front matter. */
export interface Meta {
  lang: string;
  paper: Paper | null;
  /** The most pages the PDF and DOCX may take; null leaves the theme's sizes as they are (`--pages` wins). */
  pages: number | null;
  theme: string | null;
  keywords: string[];
  description: string | null;
}

export type ContactKind = 'email' | 'url' | 'phone' | 'location' | 'text';

export interface Contact {
  type: 'contact';
  kind: ContactKind;
  /** The value as plain text, without its icon or label (`anna@example.com`). */
  text: string;
  href: string | null;
  /** The label the item was written with (`E-Mail`, `Tel.`, `邮箱`), kept in `content`; null when none. */
  label: string | null;
  /** The social network of a URL contact, by host (`GitHub`, `LinkedIn`); null for a personal site or another kind. */
  network: string | null;
  /** The item as written, icon and label included: what every format renders. */
  content: Inline;
  position?: Position;
}

export interface Section {
  type: 'section';
  /**
   * The title as plain text, without leading emoji or a trailing colon (`## 💼 Expériences:` →
   * `Expériences`); null for the one untitled section of a page whose entries have no section heading.
   */
  title: string | null;
  /** The heading's content as written, emoji included; empty when the section is untitled. */
  heading: Inline;
  /** The Markdown heading depth of sections in this résumé (2 for `##`, 3 for `###`). */
  depth: number;
  /** Entries and any other blocks, in source order. */
  children: Array<Entry | Block>;
  position?: Position;
}

/**
 * Which convention introduced an entry: a bold line, a heading, another short paragraph (a date line
 * first, a role line under a company), a list item, or a table row.
 */
export type EntryStyle = 'bold-line' | 'heading' | 'paragraph' | 'list-item' | 'table-row';

export interface Entry {
  type: 'entry';
  style: EntryStyle;
  role: Inline | null;
  organization: Inline | null;
  location: Inline | null;
  dates: DateRange | null;
  /** Where the dates stood in the source header, so renderers keep the reading order. */
  datesFirst: boolean;
  /** The word written between role and organisation (`at`, `bei`), shown in place of the comma; null for none. */
  joiner: string | null;
  /** The labels written before header fields (`Período:`, `Localização:`), shown before them. */
  labels: EntryLabels;
  /** Header words that fill no field, such as a duration (`(2 years)`), shown after the place. */
  notes: Inline[];
  children: Block[];
  position?: Position;
}

/** The label written before each header field that had one. */
export type EntryLabels = Partial<Record<'role' | 'organization' | 'location' | 'dates', Inline>>;

/** A date as written and normalised (`2019-12`, `2014`, `present`). */
export interface DatePoint {
  text: string;
  value: string;
}

export interface DateRange {
  text: string;
  start: DatePoint | null;
  end: DatePoint | null;
}
