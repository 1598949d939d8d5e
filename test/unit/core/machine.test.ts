import * as assert from 'node:assert/strict';
import { journalPlace, remoteJournalNotice, remoteKind } from '../../../src/core/machine';

describe('which machine holds the journal', () => {
  it('names the remote kinds as the Remote Development extensions do, and a server in the browser by what it is', () => {
    assert.equal(remoteKind('ssh-remote'), 'SSH');
    assert.equal(remoteKind('wsl'), 'WSL');
    assert.equal(remoteKind('dev-container'), 'Dev Container');
    assert.equal(remoteKind('codespaces'), 'Codespaces');
    assert.equal(remoteKind('127.0.0.1:8080'), 'VS Code server');
    assert.equal(remoteKind('localhost:39111'), 'VS Code server');
    assert.equal(remoteKind('some-new-remote'), 'some-new-remote');
  });

  it('the Journal view says the machine in a remote window, and nothing in a local one', () => {
    assert.equal(journalPlace('ssh-remote', 'devbox'), 'on devbox (SSH)');
    assert.equal(journalPlace(undefined, 'laptop'), undefined);
  });

  it('the first-use message names the machine, the file and the two ways to keep one journal', () => {
    const text = remoteJournalNotice('wsl', 'DESKTOP-1', '/home/ada/.vscode-server/data/User/globalStorage/x/journal.json');
    assert.match(text, /WSL window keeps its own journal on DESKTOP-1/);
    assert.match(text, /\/home\/ada\/\.vscode-server\/.*journal\.json/);
    assert.match(text, /synced folder or a private git repository/);
    assert.match(text, /merge another machine’s journal/);
  });
});
