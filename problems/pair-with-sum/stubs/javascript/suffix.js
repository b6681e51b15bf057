
(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const target = Number(data[1]);
    const nums = new Array(n);
    for (let k = 0; k < n; k++) nums[k] = Number(data[2 + k]);
    const res = pairWithSum(nums, target);
    console.log(res.length === 2 ? `${res[0]} ${res[1]}` : "-1");
})();
