-- wrk script: search as residents use it, rotating over queries of every shape on the ward-scale
-- data (every benchmark comment says 公園 and 道路, so those match 500,000 documents: the worst
-- case; 三軒茶屋 matches nothing, so it also runs the typo-tolerant second search), and the 95th
-- percentile that --latency omits.
local paths = {
  "/api/v1/search?q=%E5%85%AC%E5%9C%92", -- 公園
  "/api/v1/search?q=%E5%AD%90%E8%82%B2%E3%81%A6%20%E6%94%AF%E6%8F%B4", -- 子育て 支援
  "/api/v1/search?q=%E8%AD%B0%E9%A1%8C%2042", -- 議題 42
  "/api/v1/search?q=%E6%84%8F%E8%A6%8B%20123457", -- 意見 123457
  "/api/v1/search?q=%E9%81%93%E8%B7%AF&sort=newest", -- 道路&sort=newest
  "/api/v1/search?q=%E4%B8%89%E8%BB%92%E8%8C%B6%E5%B1%8B", -- 三軒茶屋
  "/api/v1/search?q=%E5%8C%BA%E3%81%AE%E8%AA%B2%E9%A1%8C&kind=topic", -- 区の課題&kind=topic
  "/api/v1/search?q=%E5%85%AC%E5%9C%92&page=5", -- 公園&page=5
  "/api/v1/search?q=%E5%AD%90%E8%82%B2%E3%81%A6&district=kyodo", -- 子育て&district=kyodo
  "/api/v1/search?q=%E8%80%83%E3%81%88%E3%81%A6%E3%81%84%E3%82%8B%20%E9%81%93%E8%B7%AF&status=closed", -- 考えている 道路&status=closed
}
local n = 0

function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

function done(summary, latency, requests)
  io.write(string.format("p95_ms: %.2f\n", latency:percentile(95) / 1000))
end
