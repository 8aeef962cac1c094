-- wrk script: every request posts a new report's claim batch (fresh ids, so each one really inserts claims).
-- Claims per batch: CLAIMS_PER_BATCH below; the bench script multiplies requests/s by it.
local CLAIMS_PER_BATCH = 50
local groups = {"CIVILIANS", "CIVILIANS", "CIVILIANS", "ISIS", "ISIS", "SYRIAN_REGIME", "SDF", "PEOPLE", "HTS", "FIGHTERS"}
local outcomes = {"KILLED", "KILLED", "KILLED", "INJURED", "INJURED", "CAPTURED", "DISPLACED"}
local provinces = {"Idlib", "Idlib", "Aleppo", "Deir ez-Zor", "Hama", "Daraa", "Homs", "Raqqa"}
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

local function claim(report, n, day)
  local value = math.random(1, 60)
  local group = groups[math.random(#groups)]
  local outcome = outcomes[math.random(#outcomes)]
  local province = provinces[math.random(#provinces)]
  local town = "Town " .. province .. " " .. math.random(1, 20)
  local cumulative = math.random() < 0.2
  local scope = cumulative and "CUMULATIVE" or "INCIDENT"
  local start = cumulative and "2024-01-01" or day
  local location = cumulative and "null" or string.format(
    '{"asWritten":"%s","name":"%s","province":"%s","country":"SY","latitude":35.0,"longitude":37.0}', town, town, province)
  return string.format(
    '{"id":"c-%s-%d","reportId":"%s","count":{"value":%d,"upper":null,"qualifier":"EXACT","low":%d,"best":%d,"high":%d},' ..
    '"outcome":"%s","group":"%s","groupAsWritten":"x","subgroup":null,"perpetrator":null,"location":%s,"scope":"%s",' ..
    '"periodStart":"%s","periodEnd":"%s","parentId":null,"restates":null,' ..
    '"evidence":{"sentence":"%d people were %s","start":%d,"end":%d},"flags":[],"rule":"bench"}',
    report, n, report, value, value, value, value, outcome, group, location, scope, start, day, value, outcome, n * 40, n * 40 + 20)
end

function request()
  counter = counter + 1
  local report = string.format("r-wrk%s-%d-%d", run, tid or 0, counter)
  local day = string.format("2024-%02d-%02d", math.random(1, 12), math.random(1, 28))
  local claims = {}
  for n = 1, CLAIMS_PER_BATCH do
    claims[n] = claim(report, n, day)
  end
  local body = string.format(
    '{"batchId":%d,"report":{"id":"%s","source":"BENCH_%d","url":null,"title":null,"publishedAt":"%s"},"claims":[%s]}',
    counter, report, math.random(1, 20), day, table.concat(claims, ","))
  return wrk.format("POST", "/claims/batch", {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("HTTP " .. status .. ": " .. string.sub(body, 1, 200) .. "\n")
  end
end
