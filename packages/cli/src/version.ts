// The CLI's version, kept beside package.json's (a test checks they agree) so --version reads no file.
export const VERSION = '0.1.0';
