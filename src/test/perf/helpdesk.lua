-- wrk script of the helpdesk benchmark (helpdesk.sh); every setting comes from the environment:
--   BENCH_PATH      the path, {id} replaced by the next id of BENCH_IDS (one a line)
--   BENCH_METHOD    GET (default), POST or PATCH
--   BENCH_BODY      the request body, {id} replaced as in the path
--   BENCH_HEADERS   headers, "Name: value" separated by "|"
--   BENCH_SESSIONS  signed-in sessions, one a line: the cookies, then (optionally) a TAB and the body
--                   to send with that session (a Faces form carries its session's view state). Run with
--                   as many threads as connections, so that each thread is one person with one session;
--                   like a browser it keeps the session's version cookie current (see sessions.lua)
--   BENCH_THREADS   the number of wrk threads: threads take turns through the ids, so no two
--                   connections work on the same request at once
--   BENCH_SKIP      ids to leave out at the start of the list (those an earlier run used up)
--   BENCH_FAIL      a text that marks an answer as failed although its status is 200 (a Faces ajax
--                   answer reports errors and expired sessions that way)
-- Any answer other than 2xx counts as an error, redirects included (a page that sends its user to the
-- sign-in page has failed). done() prints one line: BENCH requests rps p50 p99 (ms) errors.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

local function lines(file)
  local result = {}
  if file and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then
        result[#result + 1] = line
      end
    end
  end
  return result
end

local ids, path, method, body, headers, fail
local stride, next_id
local session, version, session_body

function init(args)
  ids = lines(os.getenv("BENCH_IDS"))
  path = os.getenv("BENCH_PATH") or "/"
  method = os.getenv("BENCH_METHOD") or "GET"
  body = os.getenv("BENCH_BODY")
  fail = os.getenv("BENCH_FAIL")
  if fail == "" then
    fail = nil
  end
  headers = {}
  for header in string.gmatch(os.getenv("BENCH_HEADERS") or "", "[^|]+") do
    local name, value = header:match("^%s*([^:]+):%s*(.*)$")
    headers[name] = value
  end
  stride = tonumber(os.getenv("BENCH_THREADS") or "1")
  next_id = index + tonumber(os.getenv("BENCH_SKIP") or "0")
  local sessions = lines(os.getenv("BENCH_SESSIONS"))
  if #sessions > 0 then
    local line = sessions[((index - 1) % #sessions) + 1]
    local cookies, form = line:match("^([^\t]*)\t?(.*)$")
    session = cookies:match("PARTNERDESK_SESSION=[^;]+")
    version = cookies:match("JSESSIONIDVERSION=[^;]+")
    if form ~= "" then
      session_body = form
    end
  end
  errors = 0
end

function request()
  local id = ""
  if #ids > 0 then
    id = ids[((next_id - 1) % #ids) + 1]
    next_id = next_id + stride
  end
  local h = {}
  for name, value in pairs(headers) do
    h[name] = value
  end
  if session then
    h["Cookie"] = version and (session .. "; " .. version) or session
  end
  local b = session_body or body
  if b then
    b = b:gsub("{id}", id)
  end
  return wrk.format(method, (path:gsub("{id}", id)), h, b)
end

function response(status, headers, body)
  if status < 200 or status > 299 or (fail and body and body:find(fail, 1, true)) then
    errors = errors + 1
  end
  local cookie = headers["Set-Cookie"]
  if cookie then
    local current = cookie:match("JSESSIONIDVERSION=[^;]+")
    if current then
      version = current
    end
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("errors") or 0)
  end
  local e = summary.errors
  failed = failed + e.connect + e.read + e.write + e.timeout
  io.write(string.format("BENCH %d %.1f %.1f %.1f %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, failed))
end
