
(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const [groups, largest] = anagramGroups(data.slice(1, 1 + n));
    console.log(`${groups} ${largest}`);
})();
