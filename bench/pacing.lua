-- Pacing for the wrk scripts (require("bench.pacing"); wrk runs from the project's root).
--
-- Without arguments every connection sends again as soon as its answer arrives (a closed loop: the
-- capacity, where the tail is time spent queueing). With `-- <requests per second per wrk
-- thread>` the requests leave on a fixed schedule whatever the answers do (an open model, like
-- many independent residents): latency is then measured at that rate. A request that could not
-- leave on time because every connection was still waiting is counted in "late_sends"; when that
-- is not 0 the latencies are too kind.
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

local pacing = {}
local interval = nil -- ms between two requests of this thread, when paced
local next_at = nil
local threads = {}
late = 0 -- global in the thread's state, read by report() through thread:get

function pacing.setup(thread)
  table.insert(threads, thread)
end

function pacing.init(args)
  if args[1] then
    interval = 1000 / tonumber(args[1])
  end
end

function pacing.delay()
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

-- The 95th percentile that --latency omits, and the late sends of every thread.
function pacing.report(latency)
  io.write(string.format("p95_ms: %.2f\n", latency:percentile(95) / 1000))
  local total = 0
  for _, t in ipairs(threads) do
    total = total + (t:get("late") or 0)
  end
  io.write(string.format("late_sends: %d\n", total))
end

return pacing
