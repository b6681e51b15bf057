
(function main() {
    const [a, b] = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
    console.log(String(longestCommonSubsequence(a, b)));
})();
