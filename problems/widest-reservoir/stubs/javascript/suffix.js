
(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const heights = new Array(n);
    for (let i = 0; i < n; i++) heights[i] = Number(data[1 + i]);
    console.log(String(maxWater(heights)));
})();
