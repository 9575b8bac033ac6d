-- wrk script: POSTs one membership check per request, cycling through the NIKs in $NIKS.
-- $BODY is the request body with %s where the NIK goes; $AUTHORIZATION (optional) is sent as the Authorization header.
local niks = {}
for line in io.lines(os.getenv("NIKS")) do
  niks[#niks + 1] = line
end

local body = os.getenv("BODY")
local next_index = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
if os.getenv("AUTHORIZATION") then
  wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")
end

local threads = {}
function setup(thread)
  thread:set("offset", math.random(#niks))
  threads[#threads + 1] = thread
end

function request()
  next_index = next_index + 1
  local nik = niks[((offset or 0) + next_index) % #niks + 1]
  return wrk.format(nil, nil, nil, string.format(body, nik))
end

-- A GraphQL error comes with status 200, so a body naming "errors" counts as failed too (wrk sees only statuses).
graphql_errors = 0
function response(status, headers, body)
  if status == 200 and string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("graphql_errors")
  end
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f failed=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end
