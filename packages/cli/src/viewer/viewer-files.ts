/** The viewer app's files in the published package's `dist/viewer/`, written at build time. */
export const VIEWER_FILES = { script: 'app.js', css: 'styles.css', licenses: 'THIRD-PARTY-NOTICES.txt' };
