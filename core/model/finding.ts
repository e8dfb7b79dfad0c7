// What a check reports: a finding on one paragraph's text, with an optional mechanical fix.

export type Severity = 'error' | 'warning' | 'info';

/** Replace `text[start, end)` of paragraph `paragraph` with `text`. Headline edits use paragraph -1. */
export interface TextEdit {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  message: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  category: string;
  message: string;
  /** Paragraph index; -1 for the headline, -2 for the story as a whole. */
  paragraph: number;
  start: number;
  end: number;
  fix?: TextEdit[];
  suggestions?: Suggestion[];
}
