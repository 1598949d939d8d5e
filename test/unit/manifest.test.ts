import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod';
import { SearchInput, toolInputSchema, WorkspaceCandidatesInput, WorkspaceLogInput } from '../../src/core/journalTools';
import { COMMANDS, JOURNAL_TREE_ID, JOURNAL_VIEW_TYPE, MCP_PROVIDER_ID, TO_ANNOTATE_VIEW_ID, TOOL_NAMES } from '../../src/vscode/ids';
import { SETTINGS_SCHEMA, SETTINGS_SECTION } from '../../src/vscode/settingsSchema';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category: string }>;
    views: Record<string, Array<{ id: string }>>;
    menus: Record<string, Array<{ command: string; when?: string }>>;
    viewsWelcome: Array<{ view: string; contents: string }>;
    configuration: { properties: Record<string, JsonSchema> } | Array<{ properties: Record<string, JsonSchema> }>;
    languageModelTools: Array<{ name: string; when: string; inputSchema: unknown; modelDescription: string }>;
    mcpServerDefinitionProviders: Array<{ id: string }>;
  };
}

/** The parts of a JSON schema both package.json and zod's `toJSONSchema` state. */
interface JsonSchema {
  type?: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  format?: string;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
}

/** What must agree: type, default, enum, bounds, and the same of an array's items and a map's values. */
function contract(schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  const values = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  return {
    type: schema.type,
    default: schema.default,
    enum: schema.enum,
    minimum: schema.minimum,
    maximum: schema.maximum,
    items: schema.items && { type: schema.items.type, enum: schema.items.enum },
    values: values && { type: values.type, enum: values.enum },
  };
}

const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
/** package.nls.json: the manifest's English strings, by the `%key%` package.json names them with. */
const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** A manifest string as VS Code shows it in English (`%key%` looked up in package.nls.json). */
function english(value: string): string {
  const key = /^%(.+)%$/.exec(value)?.[1];
  if (key === undefined) return value;
  const text = nls[key];
  assert.ok(text !== undefined, `package.nls.json has ${key}`);
  return text;
}

/** package.json against the code's ids, without starting VS Code. */
describe('package.json and the code agree', () => {
  it('contributes exactly the commands the code registers (src/vscode/ids.ts COMMANDS)', () => {
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
    for (const c of manifest.contributes.commands) assert.equal(c.category, '%category%', c.command);
  });

  it('contributes the language model tools the code registers, each with the input schema the code checks (core/journalTools.ts), and the MCP server provider', () => {
    const tools = manifest.contributes.languageModelTools;
    assert.deepEqual(
      tools.map((t) => t.name),
      [...TOOL_NAMES],
    );
    const schemas = {
      impactJournal_searchEntries: SearchInput,
      impactJournal_logEntry: WorkspaceLogInput,
      impactJournal_listCandidates: WorkspaceCandidatesInput,
    };
    for (const t of tools) {
      assert.deepEqual(t.inputSchema, toolInputSchema(schemas[t.name as keyof typeof schemas]), `${t.name}: regenerate its inputSchema from the zod schema`);
      // offered only while the user allows it, never in Restricted Mode
      assert.equal(t.when, 'config.impactJournal.ai.enabled && isWorkspaceTrusted', t.name);
      assert.ok(t.modelDescription.length > 100, `${t.name} tells the model when to use it`);
    }
    assert.deepEqual(
      manifest.contributes.mcpServerDefinitionProviders.map((p) => p.id),
      [MCP_PROVIDER_ID],
    );
  });

  it('menus and welcome views name only contributed commands and views', () => {
    const commands = new Set<string>(Object.values(COMMANDS));
    const views = Object.values(manifest.contributes.views)
      .flat()
      .map((v) => v.id);
    assert.deepEqual(views.sort(), [JOURNAL_TREE_ID, TO_ANNOTATE_VIEW_ID].sort());
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) {
        assert.ok(commands.has(item.command), `${menu}: ${item.command} is contributed`);
        for (const view of item.when?.match(/view == ([\w.]+)/g) ?? []) assert.ok(views.includes(view.slice(8)), `${menu}: ${view}`);
      }
    }
    for (const welcome of manifest.contributes.viewsWelcome) {
      assert.ok(views.includes(welcome.view), welcome.view);
      for (const [, command] of english(welcome.contents).matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(command!), `welcome link ${command}`);
    }
    assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${JOURNAL_VIEW_TYPE}`), 'the panel serializer is activated');
  });

  it("contributes exactly the settings the code reads, with the schema's types, defaults, enums and bounds (src/vscode/settingsSchema.ts)", () => {
    const properties = Object.assign({}, ...[manifest.contributes.configuration].flat().map((c) => c.properties)) as Record<string, JsonSchema>;
    assert.deepEqual(
      Object.keys(properties).sort(),
      Object.keys(SETTINGS_SCHEMA)
        .map((k) => `${SETTINGS_SECTION}.${k}`)
        .sort(),
    );
    for (const [key, schema] of Object.entries(SETTINGS_SCHEMA)) {
      const code = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      assert.deepEqual(contract(properties[`${SETTINGS_SECTION}.${key}`]), contract(code), `${SETTINGS_SECTION}.${key}`);
    }
  });
});
