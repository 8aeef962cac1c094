-- wrk script: every request posts a new report's claim batch (fresh ids, so each one really inserts claims).
-- Claims per batch: CLAIMS_PER_BATCH below; the bench script multiplies requests/s by it.
-- Like a live feed, reports arrive in publication order after the loaded ledger (from BENCH_INGEST_FROM, default
-- 2024-01-01, REPORTS_PER_DAY reports a day per wrk thread, about the loaded ledger's pace), incidents dated up to
-- two days before publication, running totals rising.
local CLAIMS_PER_BATCH = 50
local groups = {"CIVILIANS", "CIVILIANS", "CIVILIANS", "ISIS", "ISIS", "SYRIAN_REGIME", "SDF", "PEOPLE", "HTS", "FIGHTERS"}
local outcomes = {"KILLED", "KILLED", "KILLED", "INJURED", "INJURED", "CAPTURED", "DISPLACED"}
local provinces = {"Idlib", "Idlib", "Aleppo", "Deir ez-Zor", "Hama", "Daraa", "Homs", "Raqqa"}
local REPORTS_PER_DAY = 10
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function init(args)
  math.randomseed(os.time() + (tid or 0) * 7919)
  run = tostring(os.time())
end

local from = os.getenv("BENCH_INGEST_FROM") or "2024-01-01"
local from_y, from_m, from_d = from:match("(%d+)-(%d+)-(%d+)")
local from_time = os.time({year = tonumber(from_y), month = tonumber(from_m), day = tonumber(from_d), hour = 12})

-- Never after today: the service refuses a report published after tomorrow, and a long run at full speed passes
-- years of report-days; its last reports are then all published today.
local function date_of(days)
  return os.date("!%Y-%m-%d", math.min(from_time + days * 86400, os.time()))
end

local function claim(report, n, days)
  local value = math.random(1, 60)
  local group = groups[math.random(#groups)]
  local outcome = outcomes[math.random(#outcomes)]
  local province = provinces[math.random(#provinces)]
  local town = "Town " .. province .. " " .. math.random(1, 20)
  local cumulative = math.random() < 0.2
  local scope = cumulative and "CUMULATIVE" or "INCIDENT"
  local published = date_of(days)
  local start = cumulative and from or date_of(days - math.random(0, 2))
  if cumulative then
    value = days * 10 + math.random(0, 9)
  end
  local location = cumulative and "null" or string.format(
    '{"asWritten":"%s","name":"%s","province":"%s","country":"SY","latitude":35.0,"longitude":37.0}', town, town, province)
  return string.format(
    '{"id":"c-%s-%d","reportId":"%s","count":{"value":%d,"upper":null,"qualifier":"EXACT","low":%d,"best":%d,"high":%d},' ..
    '"outcome":"%s","group":"%s","groupAsWritten":"x","subgroup":null,"perpetrator":null,"location":%s,"scope":"%s",' ..
    '"periodStart":"%s","periodEnd":"%s","parentId":null,"restates":null,' ..
    '"evidence":{"sentence":"%d people were %s","start":%d,"end":%d},"flags":[],"rule":"bench"}',
    report, n, report, value, value, value, value, outcome, group, location, scope, start,
    cumulative and published or start, value, outcome, n * 40, n * 40 + 20)
end

function request()
  counter = counter + 1
  local report = string.format("r-wrk%s-%d-%d", run, tid or 0, counter)
  local days = math.floor(counter / REPORTS_PER_DAY)
  local claims = {}
  for n = 1, CLAIMS_PER_BATCH do
    claims[n] = claim(report, n, days)
  end
  local body = string.format(
    '{"batchId":%d,"report":{"id":"%s","source":"BENCH_%d","url":null,"title":null,"publishedAt":"%s"},"claims":[%s]}',
    counter, report, math.random(1, 20), date_of(days), table.concat(claims, ","))
  return wrk.format("POST", "/claims/batch", {["Content-Type"] = "application/json"}, body)
end

-- BENCH_INGEST_EVERY_MS paces each connection: one report every so many milliseconds (reads measured while the ledger
-- changes), instead of as fast as the service takes them.
local every_ms = tonumber(os.getenv("BENCH_INGEST_EVERY_MS") or "")
if every_ms then
  function delay()
    return every_ms
  end
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("HTTP " .. status .. ": " .. string.sub(body, 1, 200) .. "\n")
  end
end
