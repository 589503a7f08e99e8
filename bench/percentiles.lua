-- wrk script for read scenarios: the default GET; paced with `-- <rate per thread>` (bench/pacing.lua).
local pacing = require("bench.pacing")
setup = pacing.setup
init = pacing.init
delay = pacing.delay

function done(summary, latency, requests)
  pacing.report(latency)
end
