// Preloaded into a child the bench times (node -r): writes the child's peak memory (maxRSS,
// KiB) to the file named by KVM_BENCH_RSS_FILE when it exits.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  const file = process.env.KVM_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
