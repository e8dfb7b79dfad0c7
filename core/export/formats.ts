// The export choices an editor sees: every exporter, plus the standalone HTML document. Shared by
// the IPC contract, the command line and the Ekspor dialog.
export const EXPORT_FORMATS = ['html', 'html-doc', 'markdown', 'text', 'wxr', 'wp-json', 'nitf', 'newsml', 'ninjs', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
