// The story as a ProseMirror document: a headline, then paragraphs that carry their role (and, for
// Baca juga lines, the linked story's URL) as attributes. Text only, no marks: the wire copy is plain
// text, and character offsets then map one-to-one onto the model's paragraph offsets.
import { Schema } from 'prosemirror-model';
import type { ParagraphRole } from '../../../core/model/article.ts';

export const ROLES: readonly ParagraphRole[] = ['lead', 'body', 'related', 'source-credit', 'credit', 'copyright', 'junk'];

export const schema = new Schema({
  nodes: {
    doc: { content: 'headline para+' },
    headline: {
      content: 'text*',
      marks: '',
      defining: true,
      parseDOM: [{ tag: 'h1' }],
      toDOM: () => ['h1', { class: 'pm-headline' }, 0],
    },
    para: {
      content: 'text*',
      marks: '',
      attrs: { role: { default: 'body' }, url: { default: null } },
      parseDOM: [{
        tag: 'p',
        getAttrs: (dom: HTMLElement) => {
          const role = dom.getAttribute('data-role');
          return { role: role && (ROLES as string[]).includes(role) ? role : 'body', url: null };
        },
      }],
      toDOM: (node) => ['p', { class: `pm-p role-${node.attrs.role as string}`, 'data-role': node.attrs.role as string }, 0],
    },
    text: {},
  },
  marks: {},
});
