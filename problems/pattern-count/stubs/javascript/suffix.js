
// ---- input/output (not part of your solution) ----
const [text, pattern] = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
process.stdout.write(String(countOccurrences(text, pattern)) + "\n");
