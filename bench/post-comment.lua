-- wrk script: participants bench-1 … bench-50000 post opinions on 100 open topics (ids 11–110),
-- each request with a random participant's bearer token and a unique text (its numbers stand
-- apart, as in ordinary writing; a phone-number-like run would go through libphonenumber).
--
-- Without arguments every connection posts again as soon as its answer arrives (a closed loop:
-- the capacity). With `-- <requests per second per wrk thread>` the posts leave on a fixed
-- schedule whatever the answers do (an open model, like many independent residents): latency is
-- then measured at that rate. A post that could not leave on time because every connection was
-- still waiting is counted in "late_sends"; when that is not 0 the latencies are too kind.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } kyodo_timespec;
  int clock_gettime(int clock, kyodo_timespec *t);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("kyodo_timespec")
local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local counter = 0
local interval = nil -- ms between two posts of this thread, when paced
local next_at = nil
late = 0 -- global in the thread's state, read by done() through thread:get

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  if args[1] then
    interval = 1000 / tonumber(args[1])
  end
end

function delay()
  if not interval then
    return 0
  end
  local now = now_ms()
  next_at = next_at or now
  local wait = next_at - now
  next_at = next_at + interval
  if wait < -5 then
    late = late + 1
  end
  return wait > 0 and math.floor(wait + 0.5) or 0
end

function request()
  counter = counter + 1
  local participant = math.random(1, 50000)
  local topic = math.random(11, 110)
  local body = '{"body":"負荷試験の意見 その' .. counter .. '、乱数' .. math.random(1, 1000000) .. '"}'
  return wrk.format("POST", "/api/v1/topics/" .. topic .. "/comments",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer bench-" .. participant },
    body)
end

function done(summary, latency, requests)
  io.write(string.format("p95_ms: %.2f\n", latency:percentile(95) / 1000))
  local total = 0
  for _, t in ipairs(threads) do
    total = total + (t:get("late") or 0)
  end
  io.write(string.format("late_sends: %d\n", total))
end
