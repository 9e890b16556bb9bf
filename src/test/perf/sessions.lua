-- wrk script: each request uses one of the signed-in sessions in target/perf/cookies.txt, so that
-- the load looks like sixteen people rather than one person clicking sixteen times at once.
local cookies = {}
for line in io.lines("target/perf/cookies.txt") do
  cookies[#cookies + 1] = line
end
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("first", counter * 8)
end
local n = 0
function request()
  n = n + 1
  return wrk.format("GET", nil, { ["Cookie"] = cookies[((n + (first or 0)) % #cookies) + 1] })
end
