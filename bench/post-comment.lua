-- wrk script: participants bench-1 … bench-50000 post opinions on 100 open topics (ids 11–110),
-- each request with a random participant's bearer token and a unique text (its numbers stand
-- apart, as in ordinary writing; a phone-number-like run would go through libphonenumber).
local counter = 0

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
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
end
