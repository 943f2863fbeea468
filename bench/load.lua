-- Posts a Dockerfile chosen at random from the files listed in $LOAD_BODIES, one path a line,
-- and counts answers by status class; connection errors are wrk's own "Socket errors".
local bodies = {}

local function read(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

for path in io.lines(os.getenv("LOAD_BODIES")) do
  bodies[#bodies + 1] = read(path)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain"

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  s2xx, s4xx, s5xx = 0, 0, 0
end

function request()
  return wrk.format(nil, nil, nil, bodies[math.random(#bodies)])
end

function response(status, headers, body)
  if status >= 500 then
    s5xx = s5xx + 1
  elseif status >= 400 then
    s4xx = s4xx + 1
  else
    s2xx = s2xx + 1
  end
end

function done(summary, latency, requests)
  local ok, client, server = 0, 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("s2xx")
    client = client + thread:get("s4xx")
    server = server + thread:get("s5xx")
  end
  local e = summary.errors
  io.write(string.format("status 2xx=%d 4xx=%d 5xx=%d\n", ok, client, server))
  io.write(string.format("errors connect=%d read=%d write=%d timeout=%d status=%d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
  io.write(string.format("latency p50=%.1fms p99=%.1fms max=%.1fms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
