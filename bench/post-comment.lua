-- wrk script: participants bench-1 … bench-50000 post opinions on 100 open topics (ids 11–110),
-- each request with a random participant's bearer token and a unique text (its numbers stand
-- apart, as in ordinary writing; a phone-number-like run would go through libphonenumber).
-- Closed loop without arguments, paced with `-- <posts per second per wrk thread>`
-- (bench/pacing.lua).
local pacing = require("bench.pacing")
local counter = 0

setup = pacing.setup
delay = pacing.delay

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  pacing.init(args)
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
  pacing.report(latency)
end
