// Property tests (quick run): linting never throws and every range lies inside the document.
import * as fs from 'fs';
import * as path from 'path';
import { runProperties } from './helpers/properties';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

describe('properties (200 cases each; npm run fuzz runs 10,000)', function () {
  this.timeout(60000);
  const docs = ['lint', 'seed'].flatMap((d) =>
    fs.readdirSync(path.join(FIXTURES, d)).map((f) => fs.readFileSync(path.join(FIXTURES, d, f), 'utf8')),
  );
  it('for any text and for mutated real documents, lint never throws and ranges stay inside', () =>
    runProperties(docs, 200));
});
