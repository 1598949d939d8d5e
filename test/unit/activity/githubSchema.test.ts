import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildClientSchema, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { PULL_REQUESTS_QUERY, REVIEWS_QUERY } from '../../../src/activity/github';

/** GitHub's published GraphQL schema (@octokit/graphql-schema), so a field typo fails here, not for a user. */
function githubSchema(): GraphQLSchema {
  const file = path.join(__dirname, '..', '..', '..', 'node_modules', '@octokit', 'graphql-schema', 'schema.json');
  return buildClientSchema(JSON.parse(readFileSync(file, 'utf8')) as IntrospectionQuery);
}

describe('GitHub GraphQL queries against the published schema', () => {
  const schema = githubSchema();

  for (const [name, query] of [
    ['reviews given', REVIEWS_QUERY],
    ['pull requests authored', PULL_REQUESTS_QUERY],
  ] as const) {
    it(`the ${name} query is valid`, () => {
      const errors = validate(schema, parse(query));
      assert.deepEqual(
        errors.map((e) => e.message),
        [],
      );
    });
  }

  it('would catch a misspelt field (the check can fail)', () => {
    const errors = validate(schema, parse(REVIEWS_QUERY.replace('submittedAt', 'submitedAt')));
    assert.match(errors.map((e) => e.message).join('\n'), /Cannot query field "submitedAt"/);
  });

  it('pages at the API maximum of 100 and passes the cursor', () => {
    for (const query of [REVIEWS_QUERY, PULL_REQUESTS_QUERY]) assert.match(query, /first: 100, after: \$cursor/);
  });
});
