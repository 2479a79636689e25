-- wrk script: the front desk's intake as an API client does it, alternating on each connection between
-- POST /api/v1/receptions and POST /api/v1/receptions/{id}/tasks for the record just created.
-- Environment: ESTATE (estate id), UNITS (comma-separated unit ids), AUTH (user:password, default frontdesk:demo).
local estate = os.getenv("ESTATE")
local units = {}
for u in string.gmatch(os.getenv("UNITS") or "", "[^,]+") do units[#units + 1] = u end
local auth = "Basic " .. (os.getenv("AUTH_B64") or "ZnJvbnRkZXNrOmRlbW8=")
local categories = {"water-pipe", "gas", "noise", "cleaning", "street-light", "fee-query"}
local counter = 0
local pending = nil

function init(args)
  counter = math.random(1, 1000000)
end

function request()
  local headers = {["Authorization"] = auth, ["Content-Type"] = "application/json"}
  if pending then
    local id = pending
    pending = nil
    local body = string.format('{"kind":"REPAIR","categoryCode":"%s"}', categories[(counter % #categories) + 1])
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
    pending = string.match(body, '"id":(%d+)')
  end
  if status >= 400 then
    io.stderr:write(status .. " " .. body .. "\n")
  end
end
