-- wrk: POST /api/v1/auth/register with a new address each time.
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
local n = 0
function request()
  n = n + 1
  local body = string.format(
    '{"email":"bench-%d-%d-%d@example.com","password":"bench-password","name":"Bench"}',
    tid, n, os.time())
  return wrk.format("POST", "/api/v1/auth/register", { ["content-type"] = "application/json" }, body)
end
