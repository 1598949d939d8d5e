// Test-only 'github' authentication provider (see package.json). The session exists only after
// createSession, i.e. after the user allowed the sign-in, as with the real GitHub provider.
const vscode = require('vscode');
const { readFileSync } = require('node:fs');
const path = require('node:path');

exports.activate = (context) => {
  const { token, account } = JSON.parse(readFileSync(path.join(__dirname, 'token.json'), 'utf8'));
  const changed = new vscode.EventEmitter();
  let sessions = [];
  context.subscriptions.push(
    vscode.authentication.registerAuthenticationProvider('github', 'GitHub (test stand-in)', {
      onDidChangeSessions: changed.event,
      getSessions: async () => sessions,
      createSession: async (scopes) => {
        const session = { id: 'test-session', accessToken: token, account: { id: account, label: account }, scopes };
        sessions = [session];
        changed.fire({ added: [session], removed: [], changed: [] });
        return session;
      },
      removeSession: async () => {
        const removed = sessions;
        sessions = [];
        changed.fire({ added: [], removed, changed: [] });
      },
    }),
  );
};
