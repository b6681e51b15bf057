
// ---- input/output (not part of your solution) ----
const s = require("fs").readFileSync(0, "utf8").trim();
const p = longestPalindrome(s);
process.stdout.write(p.length + "\n" + p + "\n");
