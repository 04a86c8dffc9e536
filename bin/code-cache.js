// Loads the CLI bundle with a V8 code cache: compiling the 3 MB bundle cost about 0.2 s of CPU in the main thread
// and again in every --jobs thread, and its hot functions were compiled again in every run. `npm run build`
// annotates the samples once with NEWS_LENS_CODE_CACHE=write, which saves the compiled code (the functions that
// ran included) beside the bundle as cli.js.cache; later runs deserialise it instead of compiling. V8 refuses a
// cache made by another V8 version or with other flags, and the run then compiles as usual; a cache made for
// other source text (it starts with the text's sha256) is not used at all.
// NEWS_LENS_CODE_CACHE=0 turns it off. (Node 22's module.enableCompileCache() does this by itself; Node 20 has no such call.)
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/** `require(file)` for a CommonJS bundle, through `file`.cache when there is one. */
exports.load = function load(file) {
  if (process.env.NEWS_LENS_CODE_CACHE === '0') return require(file);
  const cacheFile = file + '.cache';
  const write = process.env.NEWS_LENS_CODE_CACHE === 'write';
  // The digest is of the file's bytes (for UTF-8 text, the same as of the text): hashing the decoded text would
  // encode it to UTF-8 again, and reading the file as bytes and decoding them is about twice as fast in Node 20
  // as readFileSync(file, 'utf8').
  const bytes = fs.readFileSync(file);
  const digest = Buffer.from(crypto.createHash('sha256').update(bytes).digest('hex') + '\n');
  let cachedData;
  if (!write) {
    let cache;
    try {
      cache = fs.readFileSync(cacheFile);
    } catch {
      return require(file);
    }
    if (!cache.subarray(0, digest.length).equals(digest)) return require(file);
    cachedData = cache.subarray(digest.length);
  }
  const script = new vm.Script(Module.wrap(bytes.toString('utf8')), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  Module._cache[file] = mod;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  if (write) {
    // At exit the code of every function that ran is compiled and goes into the cache too.
    process.once('exit', () => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([digest, script.createCachedData()]));
      fs.renameSync(tmp, cacheFile);
    });
  }
  return mod.exports;
};
