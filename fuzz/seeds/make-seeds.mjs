// Seed inputs for the yjs_frames target, made by the real Yjs (the npm
// packages e2e/ installs): what browsers send. Run from the repository root:
//   node fuzz/seeds/make-seeds.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(resolve('e2e/package.json'));
const Y = require('yjs');
const syncProtocol = require('y-protocols/sync');
const awarenessProtocol = require('y-protocols/awareness');
const encoding = require('lib0/encoding');

const out = process.argv[2] ?? "fuzz/seeds/yjs_frames";
mkdirSync(out, { recursive: true });
const SEP = Buffer.from('\xffFRAME\xff', 'latin1');

const frame = (write) => {
  const e = encoding.createEncoder();
  write(e);
  return Buffer.from(encoding.toUint8Array(e));
};
const update = (u) => frame((e) => { encoding.writeVarUint(e, 0); syncProtocol.writeUpdate(e, u); });
const step1 = (doc) => frame((e) => { encoding.writeVarUint(e, 0); syncProtocol.writeSyncStep1(e, doc); });
const step2 = (doc) => frame((e) => { encoding.writeVarUint(e, 0); syncProtocol.writeSyncStep2(e, doc); });
const save = (name, frames) => writeFileSync(join(out, name), Buffer.concat(frames.flatMap((f, i) => (i ? [SEP, f] : [f]))));

const doc = new Y.Doc();
const updates = [];
doc.on('update', (u) => updates.push(update(u)));
const text = doc.getText('code');
text.insert(0, 'fn main() {\n  println!("hi");\n}\n');
text.delete(3, 4);
text.insert(5, 'é🌍');
text.format(0, 2, { bold: true });
doc.getMap('meta').set('k', { deep: [1, 2.5, 'x', null, true, { n: 2n ** 40n }], buf: new Uint8Array([1, 2]) });
doc.getArray('list').insert(0, [1, 'two', [3]]);
doc.getXmlFragment('xml').insert(0, [new Y.XmlElement('p'), new Y.XmlText('t')]);

const awareness = new awarenessProtocol.Awareness(doc);
awareness.setLocalState({ user: { name: 'Ada', color: '#30bced', member: 'u:1' }, cursor: null });
const aw = frame((e) => {
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
});

save('step1', [step1(doc)]);
save('step2', [step2(doc)]);
save('updates', updates);
save('awareness', [aw]);
save('query', [Buffer.from([3])]);
save('mixed', [step1(new Y.Doc()), ...updates.slice(0, 3), aw, step2(doc)]);
// A subdocument: refused by the checks (yrs leaks documents holding one).
const withSub = new Y.Doc();
withSub.getMap('sub').set('d', new Y.Doc());
writeFileSync(join(out, '..', '..', 'regressions', 'yjs_frames', 'subdocument-leaks'), step2(withSub));
console.log(`wrote seeds to ${out}`);
awareness.destroy();
