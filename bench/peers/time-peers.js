// Times dockerfile-ast's parse and dockerfile-utils' validate over the files listed in argv[2],
// warm, one line per phase, in the format CorpusTimer prints for stagelens.
'use strict';
const fs = require('fs');
const { DockerfileParser } = require('dockerfile-ast');
const { validate } = require('dockerfile-utils');

const [listFile, warmupSeconds, passes] = process.argv.slice(2);
const texts = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean)
  .map((path) => fs.readFileSync(path, 'utf8'));
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);

const phases = {
  parse: ['dockerfile-ast', (text) => DockerfileParser.parse(text)],
  validate: ['dockerfile-utils', (text) => validate(text)],
};

function pass(run) {
  let count = 0;
  for (const text of texts) {
    if (run(text)) count++;
  }
  return count;
}

function medianPass(run) {
  const warmUntil = process.hrtime.bigint() + BigInt(Math.round(Number(warmupSeconds) * 1e9));
  while (process.hrtime.bigint() < warmUntil) pass(run);
  const times = [];
  for (let i = 0; i < Number(passes); i++) {
    const start = process.hrtime.bigint();
    pass(run);
    times.push(Number(process.hrtime.bigint() - start));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

for (const [phase, [peer, run]] of Object.entries(phases)) {
  const median = medianPass(run);
  const nsPerFile = median / texts.length;
  const mbPerSecond = bytes / 1e6 / (median / 1e9);
  console.log(`${peer} ${phase} files=${texts.length} ns_per_file=${nsPerFile.toFixed(0)}` +
    ` mb_per_s=${mbPerSecond.toFixed(2)}`);
}
