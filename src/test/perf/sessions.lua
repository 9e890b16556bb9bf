-- wrk script for pages behind a sign-in: run with as many threads as connections (-t16 -c16), so that
-- each thread is one person working through one signed-in session of target/perf/cookies.txt, one
-- request after the other, the way a browser does. Like a browser it keeps the session's version
-- cookie current: a distributable session is named by PARTNERDESK_SESSION and JSESSIONIDVERSION, and
-- a request with an outdated version makes the server reload the session from the data grid.
local sessions = {}
for line in io.lines("target/perf/cookies.txt") do
  sessions[#sessions + 1] = line
end
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
end

local session, version
function init(args)
  local line = sessions[((index - 1) % #sessions) + 1]
  session = line:match("PARTNERDESK_SESSION=[^;]+")
  version = line:match("JSESSIONIDVERSION=[^;]+")
end

function request()
  local cookie = version and (session .. "; " .. version) or session
  return wrk.format("GET", nil, { ["Cookie"] = cookie })
end

function response(status, headers, body)
  local cookie = headers["Set-Cookie"]
  if cookie then
    local current = cookie:match("JSESSIONIDVERSION=[^;]+")
    if current then
      version = current
    end
  end
end
