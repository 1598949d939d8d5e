// Test-only language model (see package.json). Its answer depends only on the prompt:
// - a prompt holding "MODEL-FAIL" fails with a LanguageModelError;
// - a prompt holding "MODEL-WAIT" waits until the request is cancelled;
// - a statement prompt (it asks for "the impact statement") gets "Drafted: <the first subject line it was given>.";
// - any other prompt gets one sentence per entry id it holds (`[id]` as the prompt lists them), each
//   citing that id, then one sentence that cites nothing (the extension must drop it where it asks for citations).
// exports.prompts(): every prompt received, oldest first (also appended, as JSON lines, to $IJ_FAKE_MODEL_LOG when set).
const vscode = require('vscode');
const { appendFileSync } = require('node:fs');

const prompts = [];

function textOf(messages) {
  return (
    messages
      // text parts may come from another extension's copy of the API: read their value, whatever their class
      .map((m) => (Array.isArray(m.content) ? m.content.map((p) => (p && typeof p.value === 'string' ? p.value : '')).join('') : String(m.content)))
      .join('\n')
  );
}

function answer(prompt) {
  if (/the impact statement/i.test(prompt)) {
    const subject = /^- ([^\n]+?)(?: \(\+\d+ −\d+\))?$/m.exec(prompt);
    return `Drafted: ${subject ? subject[1] : 'the work'}.`;
  }
  const ids = [...new Set([...prompt.matchAll(/\[([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\]/g)].map((m) => m[1]))];
  return [...ids.map((id, i) => `Sentence ${i + 1} rests on an entry [${id}].`), 'This sentence cites nothing.'].join(' ');
}

exports.activate = (context) => {
  context.subscriptions.push(
    vscode.lm.registerLanguageModelChatProvider('ij-test', {
      provideLanguageModelChatInformation: async () => [
        { id: 'ij-echo', name: 'Echo (test)', family: 'ij-echo', version: '1', maxInputTokens: 100000, maxOutputTokens: 4000, capabilities: {} },
      ],
      provideLanguageModelChatResponse: async (model, messages, options, progress, token) => {
        const prompt = textOf(messages);
        prompts.push(prompt);
        if (process.env.IJ_FAKE_MODEL_LOG) appendFileSync(process.env.IJ_FAKE_MODEL_LOG, `${JSON.stringify(prompt)}\n`);
        if (prompt.includes('MODEL-FAIL')) throw vscode.LanguageModelError.Blocked('The test model refused this request.');
        if (prompt.includes('MODEL-WAIT')) {
          await new Promise((resolve) => {
            if (token.isCancellationRequested) return resolve();
            token.onCancellationRequested(resolve);
          });
          throw new vscode.CancellationError();
        }
        for (const word of answer(prompt).split(/(?<= )/)) progress.report(new vscode.LanguageModelTextPart(word));
      },
      provideTokenCount: async (model, text) => Math.ceil((typeof text === 'string' ? text : textOf([text])).length / 4),
    }),
  );
  return { prompts: () => [...prompts] };
};
