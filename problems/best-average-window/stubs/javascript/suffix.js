
(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const k = Number(data[1]);
    const nums = new Array(n);
    for (let i = 0; i < n; i++) nums[i] = Number(data[2 + i]);
    console.log(bestAverage(nums, k).toFixed(6));
})();
