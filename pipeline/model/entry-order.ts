/** Settles the order of role and organisation for the entries whose words did not decide it. */
import type { VFile } from 'vfile';
import { warn } from '../diagnostics.js';
import type { PairOrder } from './role-or-organization.js';
import type { Entry, Inline } from './types.js';

/** An entry whose role and organisation stand in source order, waiting for the document's order. */
interface Undecided {
  entry: Entry;
  pair: [Inline, Inline];
}

/**
 * Collects, over a whole document, the order each entry's words decided, and the entries whose
 * words decided nothing; `settle` gives those the document's majority order.
 */
export class EntryOrder {
  private readonly votes = { 'role-first': 0, 'organization-first': 0 };
  private readonly undecided: Undecided[] = [];

  /** `hint` is the front matter's `entries` option, when it has one. */
  constructor(private readonly hint: PairOrder | null = null) {}

  /** Count an order the words decided. */
  vote(order: PairOrder): void {
    this.votes[order] += 1;
  }

  /** Remember an entry whose role and organisation (`pair`, in source order) only their order tells apart. */
  defer(entry: Entry, pair: [Inline, Inline]): void {
    this.undecided.push({ entry, pair });
  }

  /** Count what a header's words decided about `entry`, or remember it for the document to decide. */
  record(entry: Entry, reading: { decided: PairOrder | null; undecided: [Inline, Inline] | null }): void {
    if (reading.decided) this.vote(reading.decided);
    if (reading.undecided) this.defer(entry, reading.undecided);
  }

  /**
   * Give the undecided entries the order most entries of the document have, else the front
   * matter's, else role first with one warning that points to the front matter option.
   */
  settle(file: VFile): void {
    if (this.undecided.length === 0) return;
    const majority = this.majority();
    const order = majority ?? this.hint ?? 'role-first';
    if (!majority && !this.hint) {
      warn(file, 'Nothing tells the role from the organisation in these entry headers, so the first part is read as the role; add `entries: organization-first` (or `entries: role-first`) to the front matter to say which comes first', this.undecided[0]!.entry, 'entry-order');
    }
    for (const { entry, pair } of this.undecided) {
      const [first, second] = order === 'role-first' ? pair : [pair[1], pair[0]];
      entry.role = first;
      entry.organization = second;
      // A word between them (`at`) reads right only in the order it was written.
      if (order !== 'role-first') entry.joiner = null;
    }
  }

  private majority(): PairOrder | null {
    const { 'role-first': roleFirst, 'organization-first': organizationFirst } = this.votes;
    if (roleFirst === organizationFirst) return null;
    return roleFirst > organizationFirst ? 'role-first' : 'organization-first';
  }
}
