import { main } from '../dist/cli.js';
let out = 0;
const mb = (n) => (n / 1048576).toFixed(1);
const code = await main(process.argv.slice(2), { stdout: (t) => { out += t.length; }, stderr: () => {}, readStdin: async () => Buffer.alloc(0), isTTY: false, env: {}, cwd: process.cwd() });
const before = process.memoryUsage();
globalThis.gc();
const m = process.memoryUsage();
console.log('out chars', out, 'rss', mb(before.rss), 'heapUsed before gc', mb(before.heapUsed), 'heapTotal', mb(before.heapTotal), 'after gc heapUsed', mb(m.heapUsed), 'external', mb(m.external), 'arrayBuffers', mb(m.arrayBuffers));
