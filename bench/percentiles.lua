-- wrk script for read scenarios: the default GET, plus the 95th percentile that --latency omits.
function done(summary, latency, requests)
  io.write(string.format("p95_ms: %.2f\n", latency:percentile(95) / 1000))
end
