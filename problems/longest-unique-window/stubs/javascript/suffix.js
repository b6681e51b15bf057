
(function main() {
    const s = require("fs").readFileSync(0, "utf8").trim();
    const [length, start] = longestUniqueWindow(s);
    console.log(`${length} ${start}`);
})();
