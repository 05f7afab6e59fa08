// linebreak ships no types: the part of its API this project uses.
declare module 'linebreak' {
  interface Break {
    /** Offset in the string where the next piece starts. */
    position: number;
    /** Whether the line must break here (a newline). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
