-- wrk script: the front desk's intake as an API client does it: POST /api/v1/receptions, and for every record
-- created one POST /api/v1/receptions/{id}/tasks (a thread's connections take the created records in turn), so the
-- requests are half receptions and half tasks.
-- Environment: ESTATE (estate id), UNITS_FILE (unit ids, one per line), AUTH_B64 (base64 of user:password, default
-- frontdesk:demo). Each reception is for the next unit; its task's category moves on by one after every pass over
-- the units, so that a unit reports the same category again only after six passes (R1.10 counts repeats).
local estate = os.getenv("ESTATE")
local units = {}
for u in io.lines(os.getenv("UNITS_FILE")) do if u ~= "" then units[#units + 1] = u end end
local auth = "Basic " .. (os.getenv("AUTH_B64") or "ZnJvbnRkZXNrOmRlbW8=")
local categories = {"water-pipe", "gas", "noise", "cleaning", "street-light", "fee-query"}
local counter = 0
-- receptions created and not yet split: a queue, as the thread's connections answer in any order
local pending = {}

function init(args)
  counter = math.random(1, 1000000)
end

function request()
  local headers = {["Authorization"] = auth, ["Content-Type"] = "application/json"}
  if #pending > 0 then
    local id = table.remove(pending, 1)
    local body = string.format('{"kind":"REPAIR","categoryCode":"%s"}', categories[(math.floor(counter / #units) % #categories) + 1])
    return wrk.format("POST", "/api/v1/receptions/" .. id .. "/tasks", headers, body)
  end
  counter = counter + 1
  local unit = units[(counter % #units) + 1]
  local body = string.format('{"estateId":%s,"unitId":%s,"channel":"PHONE","callerName":"压测","callerPhone":"1380000%04d","description":"bench"}',
    estate, unit, counter % 10000)
  return wrk.format("POST", "/api/v1/receptions", headers, body)
end

function response(status, headers, body)
  if status == 201 and string.find(body, '"state":"TO_SPLIT"') then
    pending[#pending + 1] = string.match(body, '"id":(%d+)')
  end
  if status >= 400 then
    io.stderr:write(status .. " " .. body .. "\n")
  end
end
