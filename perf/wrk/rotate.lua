-- wrk script: every request is the next line of the file named by the REQUESTS environment variable
-- (METHOD, PATH, COOKIE, CSRF header:token, BODY separated by tabs, written by sessions.py), so that the load spreads over
-- many signed-in users. A response other than 200 is counted and reported at the end.
-- (built in init, once wrk knows the Host header)
local requests = {}

local function load()
  for line in io.lines(os.getenv("REQUESTS")) do
    local method, path, cookie, csrf, body = line:match("([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)")
    local headers = { ["Host"] = wrk.headers["Host"], ["Accept-Encoding"] = "gzip" }
    if cookie ~= "" then
      headers["Cookie"] = cookie
    end
    if method == "POST" then
      headers["Content-Type"] = "application/x-www-form-urlencoded"
      local name, token = csrf:match("([^:]*):(.*)")
      headers[name] = token
      headers["HX-Request"] = "true"
    end
    requests[#requests + 1] = wrk.format(method, path, headers, (method == "POST") and body or nil)
  end
end

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  load()
  counter = id * 7919
  not_ok = 0
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not_ok")
  end
  io.write(string.format("non-200 responses: %d\n", bad))
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000))
end
